package io.oneshelf.guide.binding;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer's binding: to a guide, or to a store's pool ({@code guideId} null) waiting for one; current while
 * {@code endedAt} is null. {@code handoverId} names the handover that made it, {@code byStaffId} who did.
 */
public record Binding(UUID id, UUID customerId, UUID guideId, UUID storeId, Source source, UUID handoverId,
                      UUID byStaffId, OffsetDateTime startedAt, OffsetDateTime endedAt) {

    /** How a binding came about. */
    public enum Source { LINK, TILL, ASSIGNED, HANDOVER }

    boolean toPool() {
        return guideId == null;
    }
}

package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Two customers proved to be one person: {@code mergedId} was merged into {@code survivorId}. Its identities,
 * addresses and tags are the survivor's now; each module that keeps something of a customer (orders, points,
 * wallet, coupons) moves its own to the survivor when it hears this, remembering what it moved, so that
 * {@link CustomersMergeUndone} can give exactly that back. Until {@link CustomersMergeConfirmed} an admin may undo it.
 */
@EventType("member.customers.merged")
public record CustomersMerged(UUID brandId, UUID mergeId, UUID survivorId, UUID mergedId, OffsetDateTime mergedAt)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return survivorId;
    }
}

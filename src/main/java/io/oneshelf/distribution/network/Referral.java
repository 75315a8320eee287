package io.oneshelf.distribution.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer's binding to a referrer: by their share LINK or their CODE typed in, from {@code startedAt} until
 * {@code expiresAt} (the brand's binding lifetime) or until it {@code endedAt} (a last-touch rebind, or a new
 * binding after it expired). Rows are kept: the history says who referred the customer at any moment.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributionBinding")
public record Referral(UUID id, UUID customerId, UUID distributorId, String source, OffsetDateTime startedAt,
                       OffsetDateTime expiresAt, OffsetDateTime endedAt) {

    /** Whether it binds the customer at {@code at}. */
    public boolean bindsAt(OffsetDateTime at) {
        return !startedAt.isAfter(at) && expiresAt.isAfter(at) && (endedAt == null || endedAt.isAfter(at));
    }
}

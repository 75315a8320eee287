package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * A referred customer's paid order earned a distributor {@code amount} fen (tier 1 their referrer, 2 the referrer's
 * inviter), pending until {@code settlesAt}.
 */
@EventType("distribution.commission.pending")
public record CommissionPending(UUID brandId, UUID entryId, UUID distributorId, UUID orderId, String orderNumber,
                                int tier, long base, long amount, java.time.OffsetDateTime settlesAt)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return distributorId;
    }
}

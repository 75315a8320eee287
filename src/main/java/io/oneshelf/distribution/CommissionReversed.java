package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * A refund of the order took back {@code amount} fen (negative) of its commission: from the pending balance, or
 * clawed back from the available one.
 */
@EventType("distribution.commission.reversed")
public record CommissionReversed(UUID brandId, UUID entryId, UUID distributorId, UUID orderId, String orderNumber,
                                 int tier, long amount, boolean clawedBack) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return distributorId;
    }
}

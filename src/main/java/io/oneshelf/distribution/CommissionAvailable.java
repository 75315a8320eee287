package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * An order's return window closed: what is left of its commission ({@code amount} fen) became available to
 * withdraw.
 */
@EventType("distribution.commission.available")
public record CommissionAvailable(UUID brandId, UUID entryId, UUID distributorId, UUID orderId, String orderNumber,
                                  int tier, long amount) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return distributorId;
    }
}

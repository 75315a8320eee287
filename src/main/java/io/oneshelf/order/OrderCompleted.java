package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** An order was handed over in full: sold at the till, picked up or delivered. */
@EventType("order.order.completed")
public record OrderCompleted(UUID brandId, UUID orderId, String number, OrderChannel channel, long total,
                             List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

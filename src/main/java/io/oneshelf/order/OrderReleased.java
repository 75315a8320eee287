package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * An order held from fulfilment (a group buy's, until its group succeeds) was released by its campaign: a paid one
 * goes on to fulfilment now, as it would have when it was paid ({@code reason} is what held it).
 */
@EventType("order.order.released")
public record OrderReleased(UUID brandId, UUID orderId, String number, OrderStatus status, String reason,
                            List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

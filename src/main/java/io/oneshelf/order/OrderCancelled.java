package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** An order was cancelled ({@code reason}); its stock went back and any money paid is being refunded. */
@EventType("order.order.cancelled")
public record OrderCancelled(UUID brandId, UUID orderId, String number, CancelOrder.Reason reason, long refunded,
                             List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

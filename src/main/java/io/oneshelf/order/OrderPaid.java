package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** An order's total was paid; its stock left the places it was held at. */
@EventType("order.order.paid")
public record OrderPaid(UUID brandId, UUID orderId, String number, OrderChannel channel, UUID customerId,
                        UUID storeId, UUID guideId, long total, long paid, List<UUID> placeIds)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

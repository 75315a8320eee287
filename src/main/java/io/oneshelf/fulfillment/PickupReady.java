package io.oneshelf.fulfillment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A pickup order is prepared at its store and waits for its customer (time to tell them). */
@EventType("fulfillment.pickup.ready")
public record PickupReady(UUID brandId, UUID orderId, String orderNumber, UUID storeId, UUID customerId)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

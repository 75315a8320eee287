package io.oneshelf.fulfillment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A customer collected a pickup order at its store: staff {@code staffId} verified the code (核銷). */
@EventType("fulfillment.pickup.collected")
public record PickedUp(UUID brandId, UUID orderId, String orderNumber, UUID storeId, UUID customerId,
                       UUID staffId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

package io.oneshelf.fulfillment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A shipment reached the customer (a delivery confirmation); {@code staffId} recorded it. */
@EventType("fulfillment.shipment.delivered")
public record ShipmentDelivered(UUID brandId, UUID taskId, UUID orderId, String orderNumber, String fulfilment,
                                UUID placeId, UUID staffId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return taskId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(placeId);
    }
}

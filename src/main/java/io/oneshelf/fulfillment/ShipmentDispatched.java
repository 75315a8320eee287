package io.oneshelf.fulfillment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A shipment left its place: handed to a carrier with its tracking number ({@code EXPRESS}), or to a same-city
 * courier ({@code SAME_CITY}, with the courier's name and phone). {@code staffId} handed it over.
 */
@EventType("fulfillment.shipment.dispatched")
public record ShipmentDispatched(UUID brandId, UUID taskId, UUID orderId, String orderNumber, String fulfilment,
                                 UUID placeId, String carrier, String trackingNumber, String courierName,
                                 String courierPhone, UUID staffId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return taskId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(placeId);
    }
}

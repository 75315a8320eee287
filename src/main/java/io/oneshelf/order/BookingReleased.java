package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A booked order was cancelled before it was made: its place in the slot is free again. */
@EventType("order.booking.released")
public record BookingReleased(UUID brandId, UUID orderId, String number, UUID storeId, UUID slotId,
                              LocalDate date) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

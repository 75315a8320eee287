package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A pickup order of made-to-order lines booked a place in a pickup slot of its store on {@code date}. */
@EventType("order.booking.booked")
public record OrderBooked(UUID brandId, UUID orderId, String number, UUID storeId, UUID slotId, LocalDate date,
                          LocalTime startsAt, LocalTime endsAt, List<Integer> madeLines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

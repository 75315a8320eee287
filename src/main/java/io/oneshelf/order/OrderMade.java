package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The store made a booked order's made-to-order lines: they were received as production and sold at once, and the
 * order waits for pickup. {@code staffId} made the call.
 */
@EventType("order.booking.made")
public record OrderMade(UUID brandId, UUID orderId, String number, UUID storeId, UUID slotId, LocalDate date,
                        List<Integer> madeLines, UUID staffId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * Lines of an order came back and were refunded ({@code amount} fen to the order's tenders); {@code restocked}
 * says whether the goods went back into stock at {@code placeId} or were written off. {@code fully} when nothing
 * of the order is left unreturned.
 */
@EventType("order.order.returned")
public record OrderReturned(UUID brandId, UUID orderId, String number, UUID returnId, UUID placeId,
                            boolean restocked, long amount, List<OrderReturn.Line> lines, boolean fully,
                            List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

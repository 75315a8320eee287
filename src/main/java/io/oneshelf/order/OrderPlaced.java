package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order was placed: its channel, customer, lines and money; {@code placeIds} are the places it draws on,
 * {@code placedAt} when it was made (its business day).
 */
@EventType("order.order.placed")
public record OrderPlaced(UUID brandId, UUID orderId, String number, OrderChannel channel, String fulfilment,
                          UUID customerId, UUID storeId, UUID guideId, List<EventLine> lines, long total,
                          List<UUID> placeIds, OffsetDateTime placedAt) implements BusinessEvent {

    /** A line as events carry it. */
    public record EventLine(UUID skuId, long quantity, long unitPrice, long payable, UUID placeId) {
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

package io.oneshelf.order;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * The order's refunded figure grew by {@code amount} fen to {@code refunded} after the fact that asked for it: a
 * gateway's refund that succeeded later, or a refund made outside a return or a cancel (a partly used service
 * voucher's unused share). Published in the transaction that recorded the figure on the order, so a listener that
 * reads the order sees it — unlike a listener of the payment's own refund event, which races the order's.
 */
@EventType("order.order.refunded")
public record OrderRefunded(UUID brandId, UUID orderId, String number, long amount, long refunded,
                            List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}

package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases orders held from fulfilment (decision 0055), under the order's lock so that a release and a payment or a
 * cancellation of the same order take turns. A paid online order goes on to fulfilment by {@code OrderReleased}
 * (the fulfilment module sets up its work as it does for a payment); a till sale held at the counter — paid, its
 * goods set aside — is handed over now. A cancelled order stays cancelled: a release never revives it.
 */
@Component
class OrderReleases {

    private final OrderRepository orders;
    private final FulfilmentHolds holds;
    private final OrderEvents events;
    private final TransactionTemplate tx;

    OrderReleases(OrderRepository orders, FulfilmentHolds holds, OrderEvents events, TransactionTemplate tx) {
        this.orders = orders;
        this.holds = holds;
        this.events = events;
        this.tx = tx;
    }

    Order release(UUID brandId, UUID orderId) {
        return tx.execute(s -> {
            Order order = orders.lock(brandId, orderId).orElseThrow(() -> Rejection.notFound("order"));
            String reason = holds.release(brandId, orderId).orElse(null);
            if (reason == null) {
                return order;
            }
            events.released(order, reason);
            if (order.channel() == OrderChannel.POS && order.status() == OrderStatus.PAID) {
                Order completed = orders.update(order, order.completed(), Who.SYSTEM, null);
                events.completed(completed);
                return completed;
            }
            return order;
        });
    }
}

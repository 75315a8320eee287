package io.oneshelf.analytics.today;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderPlaced;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.org.Brands;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's read model in step with the orders: on each order event after the first the order is read as
 * it is now and its row written again, so an event heard twice, late or out of order changes nothing (decision
 * 0030); the first, {@link OrderPlaced}, only adds the row when no other event has.
 */
@Component
class OrderFigures {

    /** Statuses of an order whose money was taken (and not given back by a cancel). */
    private static final Set<OrderStatus> SOLD = EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLING,
            OrderStatus.READY_FOR_PICKUP, OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.REFUNDED);

    private final Orders orders;
    private final SalesDays days;
    private final Brands brands;

    OrderFigures(Orders orders, SalesDays days, Brands brands) {
        this.orders = orders;
        this.days = days;
        this.brands = brands;
    }

    /**
     * A placed order is new, unpaid and has no returns: its row is written from the event and the order's placing
     * time as it stands (the demo dates its orders back before they commit), unless a later event of the order has
     * written it already (then that one is newer).
     */
    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        orders.placedAt(placed.brandId(), placed.orderId()).ifPresent(at -> days.placed(placed,
                at.atZoneSameInstant(brands.zoneOf(placed.brandId())).toLocalDate()));
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        refresh(paid.brandId(), paid.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        refresh(cancelled.brandId(), cancelled.orderId());
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        refresh(returned.brandId(), returned.orderId());
    }

    private void refresh(UUID brandId, UUID orderId) {
        days.lock(orderId);
        orders.find(brandId, orderId).ifPresent(order -> days.put(order,
                order.createdAt().atZoneSameInstant(brands.zoneOf(brandId)).toLocalDate(), sold(order),
                returned(order)));
    }

    private static long sold(OrderView order) {
        return SOLD.contains(order.status()) ? order.total() : 0;
    }

    private long returned(OrderView order) {
        return orders.returns(order.brandId(), order.id()).stream()
                .filter(r -> r.status() == OrderReturn.Status.COMPLETED).mapToLong(OrderReturn::amount).sum();
    }
}

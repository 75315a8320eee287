package io.oneshelf.fulfillment.intake;

import io.oneshelf.fulfillment.pickup.PickupService;
import io.oneshelf.fulfillment.task.OrderTasks;
import io.oneshelf.order.AdvanceOrder;
import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderReleased;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns paid orders into work: a delivery gets one task per shipment at the place that ships it, a pickup order a
 * "prepare" task at its store and a pickup code, and the order moves to FULFILLING, all in one transaction after
 * the payment's commit, or after its release for an order held until then (a group buy's, until its group
 * succeeds). A cancelled order's open tasks and code are voided, and so are those of an order returned in full.
 * Events delivered twice (a retry, a restart) find the work done and change nothing; a till sale (IN_STORE,
 * completed at once) needs no work.
 */
@Component
class OrderIntake {

    /** Statuses in which a paid order still waits for its work to be set up (or has it already, on a retry). */
    private static final Set<OrderStatus> TO_FULFIL = EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLING);

    private final Orders orders;
    private final OrderTasks tasks;
    private final PickupService pickups;

    OrderIntake(Orders orders, OrderTasks tasks, PickupService pickups) {
        this.orders = orders;
        this.tasks = tasks;
        this.pickups = pickups;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        start(paid.brandId(), paid.orderId());
    }

    /** A held order (a group buy's) released by its campaign: its work is set up now, as for a payment. */
    @ApplicationModuleListener
    void on(OrderReleased released) {
        start(released.brandId(), released.orderId());
    }

    private void start(java.util.UUID brandId, java.util.UUID orderId) {
        OrderView order = orders.find(brandId, orderId).orElse(null);
        String fulfilment = order == null ? null : fulfilment(order);
        if (order == null || !TO_FULFIL.contains(order.status()) || !Fulfilments.WORKED.contains(fulfilment)
            || orders.held(brandId, orderId)) {
            // a held order (decision 0055) waits for its release; advancing it would be refused anyway
            return;
        }
        // first: it locks the order, so a second delivery of the event waits here and then finds the work done;
        // an order cancelled since it was read (just after its payment) gets no work
        if (orders.advanceFrom(TO_FULFIL, new AdvanceOrder(order.brandId(), order.id(), OrderStatus.FULFILLING,
                null, null)).isEmpty()) {
            return;
        }
        tasks.open(order, fulfilment);
        if (Fulfilments.PICKUP.equals(fulfilment)) {
            pickups.issue(order);
        }
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        tasks.voidAll(cancelled.brandId(), cancelled.orderId());
        pickups.voidFor(cancelled.brandId(), cancelled.orderId());
    }

    /** An order returned in full before it was handed over needs no more work: what is still open is voided. */
    @ApplicationModuleListener
    void on(OrderReturned returned) {
        if (returned.fully()) {
            tasks.voidAll(returned.brandId(), returned.orderId());
            pickups.voidFor(returned.brandId(), returned.orderId());
        }
    }

    /**
     * The order's fulfilment by name. Read as text: its type lives in the order module's routing internals,
     * which this module may not name.
     */
    private static String fulfilment(OrderView order) {
        return String.valueOf(order.fulfilment());
    }
}

package io.oneshelf.fulfillment.task;

import io.oneshelf.fulfillment.PickupReady;
import io.oneshelf.fulfillment.ShipmentDelivered;
import io.oneshelf.fulfillment.ShipmentDispatched;
import io.oneshelf.order.AdvanceOrder;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes steps of an order's tasks, in the caller's transaction: locks all the order's tasks (two staff finishing
 * the last two shipments at once still move the order once), lets each task check its step, records the step
 * with who made it, publishes what the step means, and moves the order as far as its tasks have earned
 * ({@link OrderProgress}) through {@link Orders#advance}.
 */
@Component
class TaskSteps {

    private static final Set<OrderStatus> CLOSED = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REFUNDED);

    private final Tasks tasks;
    private final Orders orders;
    private final ApplicationEventPublisher events;

    TaskSteps(Tasks tasks, Orders orders, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.orders = orders;
        this.events = events;
    }

    /**
     * Applies {@code change} to each task of the order that {@code which} picks; {@code actor} is null for the
     * system. Refused ({@code status}) when the order was cancelled or refunded meanwhile.
     *
     * @return the order's tasks after the steps
     */
    List<FulfilmentTask> take(Actor actor, UUID brandId, UUID orderId, java.util.function.Predicate<FulfilmentTask> which,
                              UnaryOperator<FulfilmentTask> change) {
        List<FulfilmentTask> all = tasks.ofOrder(brandId, orderId, true);
        OrderView order = orders.find(brandId, orderId).orElseThrow(() -> Rejection.notFound("order"));
        if (CLOSED.contains(order.status())) {
            throw Rejection.conflict("status", "fulfillment.task.order-closed", order.number(),
                    order.status().name());
        }
        List<FulfilmentTask> after = new ArrayList<>();
        for (FulfilmentTask before : all) {
            if (!which.test(before)) {
                after.add(before);
                continue;
            }
            FulfilmentTask changed = change.apply(before);
            if (changed.status() == TaskStatus.READY && unmade(order)) {
                throw Rejection.conflict("status", "fulfillment.task.not-made", order.number());
            }
            tasks.update(before, changed, Who.of(actor));
            publish(changed, actor);
            after.add(changed);
        }
        if (!after.isEmpty()) {
            progress(actor, order, after);
        }
        return after;
    }

    /** A booked made-to-order pickup that the store has not made yet: only "made" readies it (decision 0035). */
    static boolean unmade(OrderView order) {
        return order.booking() != null && "BOOKED".equals(order.booking().status());
    }

    /** Voids what a cancelled order's tasks can still take back; the order itself is the order module's. */
    void voidAll(UUID brandId, UUID orderId) {
        for (FulfilmentTask task : tasks.ofOrder(brandId, orderId, true)) {
            if (task.voidable()) {
                tasks.update(task, task.voided(), Who.SYSTEM);
            }
        }
    }

    private void progress(Actor actor, OrderView order, List<FulfilmentTask> all) {
        TaskKind kind = all.get(0).kind();
        OrderStatus target = OrderProgress.target(kind, all.stream().map(FulfilmentTask::status).toList())
                .orElse(null);
        if (target == null) {
            return;
        }
        for (OrderStatus step : OrderProgress.path(kind, order.status(), target)) {
            orders.advance(new AdvanceOrder(order.brandId(), order.id(), step, actor, null));
        }
        if (target == OrderStatus.READY_FOR_PICKUP && order.status() != OrderStatus.READY_FOR_PICKUP) {
            events.publishEvent(new PickupReady(order.brandId(), order.id(), order.number(),
                    order.storeId() != null ? order.storeId() : all.get(0).placeId(), order.customerId()));
        }
    }

    private void publish(FulfilmentTask t, Actor actor) {
        UUID staff = actor == null ? null : actor.id();
        switch (t.status()) {
            case HANDED_OVER, DISPATCHED -> events.publishEvent(new ShipmentDispatched(t.tenantId(), t.id(),
                    t.orderId(), t.orderNumber(), t.kind().name(), t.placeId(), t.dispatch().carrier(),
                    t.dispatch().trackingNumber(), t.dispatch().courierName(), t.dispatch().courierPhone(), staff));
            case DELIVERED -> events.publishEvent(new ShipmentDelivered(t.tenantId(), t.id(), t.orderId(),
                    t.orderNumber(), t.kind().name(), t.placeId(), staff));
            default -> {
            }
        }
    }
}

package io.oneshelf.fulfillment.task;

import io.oneshelf.order.OrderStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How far an order has come, judged by all its tasks: a pickup order is ready for pickup once every store task is
 * ready (and completed once collected); a delivery is shipped once every shipment has left its place, and
 * completed once every one was delivered. Voided tasks take no part; an order without live tasks goes nowhere.
 */
final class OrderProgress {

    private static final List<OrderStatus> PICKUP_PATH = List.of(OrderStatus.READY_FOR_PICKUP, OrderStatus.COMPLETED);
    private static final List<OrderStatus> DELIVERY_PATH = List.of(OrderStatus.SHIPPED, OrderStatus.COMPLETED);

    private OrderProgress() {
    }

    /** The status the order's tasks have earned it; empty while they have earned none past fulfilling. */
    static Optional<OrderStatus> target(TaskKind kind, Collection<TaskStatus> tasks) {
        List<TaskStatus> live = tasks.stream().filter(s -> s != TaskStatus.VOIDED).toList();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        if (kind == TaskKind.PICKUP) {
            if (live.stream().allMatch(s -> s == TaskStatus.COLLECTED)) {
                return Optional.of(OrderStatus.COMPLETED);
            }
            return live.stream().allMatch(s -> s == TaskStatus.READY || s == TaskStatus.COLLECTED)
                    ? Optional.of(OrderStatus.READY_FOR_PICKUP) : Optional.empty();
        }
        if (live.stream().allMatch(s -> s == TaskStatus.DELIVERED)) {
            return Optional.of(OrderStatus.COMPLETED);
        }
        return live.stream().allMatch(TaskStatus::left) ? Optional.of(OrderStatus.SHIPPED) : Optional.empty();
    }

    /**
     * The order's steps from {@code current} up to {@code target}, one at a time as the order's own table wants
     * them (a delivery is shipped before it is completed); empty when it is there already or beyond.
     */
    static List<OrderStatus> path(TaskKind kind, OrderStatus current, OrderStatus target) {
        List<OrderStatus> path = kind == TaskKind.PICKUP ? PICKUP_PATH : DELIVERY_PATH;
        int from = path.indexOf(current);
        int to = path.indexOf(target);
        if ((current != OrderStatus.FULFILLING && from < 0) || to < 0 || from >= to) {
            return List.of();
        }
        return path.subList(from + 1, to + 1);
    }
}

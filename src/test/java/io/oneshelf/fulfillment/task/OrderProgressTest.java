package io.oneshelf.fulfillment.task;

import static io.oneshelf.fulfillment.task.TaskStatus.COLLECTED;
import static io.oneshelf.fulfillment.task.TaskStatus.DELIVERED;
import static io.oneshelf.fulfillment.task.TaskStatus.DISPATCHED;
import static io.oneshelf.fulfillment.task.TaskStatus.HANDED_OVER;
import static io.oneshelf.fulfillment.task.TaskStatus.PACKED;
import static io.oneshelf.fulfillment.task.TaskStatus.PENDING;
import static io.oneshelf.fulfillment.task.TaskStatus.READY;
import static io.oneshelf.fulfillment.task.TaskStatus.VOIDED;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderProgressTest {

    @Test
    void a_delivery_is_shipped_only_once_every_shipment_has_left() {
        assertThat(OrderProgress.target(TaskKind.EXPRESS, List.of(HANDED_OVER, PACKED))).isEmpty();
        assertThat(OrderProgress.target(TaskKind.EXPRESS, List.of(HANDED_OVER, HANDED_OVER)))
                .contains(OrderStatus.SHIPPED);
        assertThat(OrderProgress.target(TaskKind.EXPRESS, List.of(DELIVERED, HANDED_OVER)))
                .contains(OrderStatus.SHIPPED);
        assertThat(OrderProgress.target(TaskKind.SAME_CITY, List.of(DISPATCHED))).contains(OrderStatus.SHIPPED);
    }

    @Test
    void a_delivery_is_completed_once_every_shipment_was_delivered() {
        assertThat(OrderProgress.target(TaskKind.EXPRESS, List.of(DELIVERED, DELIVERED)))
                .contains(OrderStatus.COMPLETED);
        assertThat(OrderProgress.target(TaskKind.SAME_CITY, List.of(DELIVERED))).contains(OrderStatus.COMPLETED);
    }

    @Test
    void a_pickup_order_is_ready_once_every_store_task_is_and_completed_once_collected() {
        assertThat(OrderProgress.target(TaskKind.PICKUP, List.of(READY, PENDING))).isEmpty();
        assertThat(OrderProgress.target(TaskKind.PICKUP, List.of(READY, READY)))
                .contains(OrderStatus.READY_FOR_PICKUP);
        assertThat(OrderProgress.target(TaskKind.PICKUP, List.of(COLLECTED))).contains(OrderStatus.COMPLETED);
    }

    @Test
    void voided_tasks_take_no_part_and_all_voided_goes_nowhere() {
        assertThat(OrderProgress.target(TaskKind.EXPRESS, List.of(HANDED_OVER, VOIDED)))
                .contains(OrderStatus.SHIPPED);
        assertThat(OrderProgress.target(TaskKind.EXPRESS, List.of(VOIDED, VOIDED))).isEmpty();
        assertThat(OrderProgress.target(TaskKind.PICKUP, List.of())).isEmpty();
    }

    @Test
    void the_order_moves_one_allowed_step_at_a_time_and_never_back() {
        assertThat(OrderProgress.path(TaskKind.EXPRESS, OrderStatus.FULFILLING, OrderStatus.COMPLETED))
                .containsExactly(OrderStatus.SHIPPED, OrderStatus.COMPLETED);
        assertThat(OrderProgress.path(TaskKind.EXPRESS, OrderStatus.SHIPPED, OrderStatus.COMPLETED))
                .containsExactly(OrderStatus.COMPLETED);
        assertThat(OrderProgress.path(TaskKind.PICKUP, OrderStatus.FULFILLING, OrderStatus.COMPLETED))
                .containsExactly(OrderStatus.READY_FOR_PICKUP, OrderStatus.COMPLETED);
        assertThat(OrderProgress.path(TaskKind.EXPRESS, OrderStatus.SHIPPED, OrderStatus.SHIPPED)).isEmpty();
        assertThat(OrderProgress.path(TaskKind.EXPRESS, OrderStatus.COMPLETED, OrderStatus.SHIPPED)).isEmpty();
        assertThat(OrderProgress.path(TaskKind.EXPRESS, OrderStatus.REFUNDED, OrderStatus.COMPLETED)).isEmpty();
        for (TaskKind kind : TaskKind.values()) {
            OrderStatus at = OrderStatus.FULFILLING;
            for (OrderStatus next : OrderProgress.path(kind, at, OrderStatus.COMPLETED)) {
                assertThat(OrderStatus.TRANSITIONS.allows(at, next)).as(kind + ": " + at + " -> " + next).isTrue();
                at = next;
            }
            assertThat(at).isEqualTo(OrderStatus.COMPLETED);
        }
    }
}

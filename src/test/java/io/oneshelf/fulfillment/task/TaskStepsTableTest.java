package io.oneshelf.fulfillment.task;

import static io.oneshelf.fulfillment.task.TaskStatus.COLLECTED;
import static io.oneshelf.fulfillment.task.TaskStatus.DELIVERED;
import static io.oneshelf.fulfillment.task.TaskStatus.DISPATCHED;
import static io.oneshelf.fulfillment.task.TaskStatus.HANDED_OVER;
import static io.oneshelf.fulfillment.task.TaskStatus.PACKED;
import static io.oneshelf.fulfillment.task.TaskStatus.PENDING;
import static io.oneshelf.fulfillment.task.TaskStatus.PICKED;
import static io.oneshelf.fulfillment.task.TaskStatus.READY;
import static io.oneshelf.fulfillment.task.TaskStatus.VOIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.fulfillment.task.FulfilmentTask.Dispatch;
import io.oneshelf.platform.TransitionRefused;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskStepsTableTest {

    @Test
    void a_parcel_is_picked_packed_handed_over_and_delivered_in_that_order() {
        FulfilmentTask delivered = aTask(TaskKind.EXPRESS).pick().pack().handOver("SF", "SF123").deliver();

        assertThat(delivered.status()).isEqualTo(DELIVERED);
        assertThat(delivered.dispatch()).isEqualTo(new Dispatch("SF", "SF123", null, null));
    }

    @Test
    void a_same_city_order_is_dispatched_with_a_courier_then_delivered() {
        FulfilmentTask out = aTask(TaskKind.SAME_CITY).pick().pack().dispatch("Li Lei", "13800000000");

        assertThat(out.status()).isEqualTo(DISPATCHED);
        assertThat(out.dispatch().courierName()).isEqualTo("Li Lei");
        assertThat(out.deliver().status()).isEqualTo(DELIVERED);
    }

    @Test
    void a_pickup_order_may_be_made_ready_straight_away_and_is_then_collected() {
        assertThat(aTask(TaskKind.PICKUP).ready().collect().status()).isEqualTo(COLLECTED);
        assertThat(aTask(TaskKind.PICKUP).pick().pack().ready().status()).isEqualTo(READY);
    }

    @Test
    void steps_out_of_order_are_refused_on_status() {
        FulfilmentTask pending = aTask(TaskKind.EXPRESS);

        assertThatThrownBy(pending::pack).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).faults().get(0).field()).isEqualTo("status"));
        assertThatThrownBy(() -> pending.handOver("SF", "1")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(pending::deliver).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> pending.pick().pick()).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> pending.pick().pack().handOver("SF", "1").handOver("SF", "2"))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void each_kind_leaves_only_its_own_way() {
        assertThatThrownBy(() -> aTask(TaskKind.EXPRESS).pick().pack().dispatch("Li", "138"))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> aTask(TaskKind.SAME_CITY).pick().pack().handOver("SF", "1"))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> aTask(TaskKind.EXPRESS).pick().pack().ready())
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> aTask(TaskKind.PICKUP).pick().pack().handOver("SF", "1"))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> aTask(TaskKind.PICKUP).collect()).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void a_task_is_voidable_until_its_goods_leave_and_final_afterwards() {
        for (TaskKind kind : TaskKind.values()) {
            assertThat(aTask(kind).voidable()).as(kind.name()).isTrue();
            assertThat(aTask(kind).pick().voidable()).as(kind.name()).isTrue();
            assertThat(aTask(kind).voided().voidable()).as(kind.name()).isFalse();
            assertThat(kind.steps().next(VOIDED)).as(kind.name()).isEmpty();
            assertThat(kind.steps().next(DELIVERED)).isEmpty();
            assertThat(kind.steps().next(COLLECTED)).isEmpty();
        }
        assertThat(aTask(TaskKind.EXPRESS).pick().pack().handOver("SF", "1").voidable()).isFalse();
        assertThat(aTask(TaskKind.SAME_CITY).pick().pack().dispatch("Li", "138").voidable()).isFalse();
        assertThat(aTask(TaskKind.PICKUP).ready().voidable()).isTrue();
    }

    @Test
    void the_tables_name_every_step_a_kind_takes_and_no_other() {
        assertThat(reachable(TaskKind.EXPRESS)).containsExactlyInAnyOrder(PENDING, PICKED, PACKED, HANDED_OVER,
                DELIVERED, VOIDED);
        assertThat(reachable(TaskKind.SAME_CITY)).containsExactlyInAnyOrder(PENDING, PICKED, PACKED, DISPATCHED,
                DELIVERED, VOIDED);
        assertThat(reachable(TaskKind.PICKUP)).containsExactlyInAnyOrder(PENDING, PICKED, PACKED, READY, COLLECTED,
                VOIDED);
    }

    @Test
    void the_board_offers_the_next_steps_staff_take_but_not_voiding_or_collecting() {
        TaskView view = TaskView.of(aTask(TaskKind.PICKUP), null, List.of());

        assertThat(view.next()).containsExactly(PICKED, READY);
        assertThat(TaskView.of(aTask(TaskKind.PICKUP).ready(), null, List.of()).next()).isEmpty();
        assertThat(TaskView.of(aTask(TaskKind.EXPRESS).pick().pack(), null, List.of()).next())
                .containsExactly(HANDED_OVER);
    }

    @Test
    void only_the_three_worked_fulfilments_have_a_kind() {
        assertThat(TaskKind.forFulfilment("EXPRESS")).contains(TaskKind.EXPRESS);
        assertThat(TaskKind.forFulfilment("PICKUP")).contains(TaskKind.PICKUP);
        assertThat(TaskKind.forFulfilment("IN_STORE")).isEmpty();
        assertThat(TaskKind.forFulfilment(null)).isEmpty();
    }

    private static EnumSet<TaskStatus> reachable(TaskKind kind) {
        EnumSet<TaskStatus> seen = EnumSet.of(PENDING);
        java.util.ArrayDeque<TaskStatus> todo = new java.util.ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (TaskStatus next : kind.steps().next(todo.pop())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    static FulfilmentTask aTask(TaskKind kind) {
        return new FulfilmentTask(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "20260101-000001", kind,
                UUID.randomUUID(), PENDING, List.of(new FulfilmentTask.Line(0, UUID.randomUUID(), "TEA-M",
                "Milk tea", Map.of("size", "M"), 2)), null, Dispatch.NONE, 0, null, null);
    }
}

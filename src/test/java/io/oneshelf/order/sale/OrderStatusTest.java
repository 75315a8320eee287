package io.oneshelf.order.sale;

import static io.oneshelf.order.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.order.OrderStatus;
import io.oneshelf.platform.TransitionRefused;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void an_order_goes_from_created_through_paid_and_fulfilment_to_completed() {
        assertThat(TRANSITIONS.allows(CREATED, PAID)).isTrue();
        assertThat(TRANSITIONS.allows(PAID, FULFILLING)).isTrue();
        assertThat(TRANSITIONS.allows(FULFILLING, READY_FOR_PICKUP)).isTrue();
        assertThat(TRANSITIONS.allows(FULFILLING, SHIPPED)).isTrue();
        assertThat(TRANSITIONS.allows(READY_FOR_PICKUP, COMPLETED)).isTrue();
        assertThat(TRANSITIONS.allows(SHIPPED, COMPLETED)).isTrue();
    }

    @Test
    void an_unpaid_order_cannot_be_fulfilled_or_completed() {
        assertThat(TRANSITIONS.next(CREATED)).containsExactlyInAnyOrder(PAID, CANCELLED);
        assertThatThrownBy(() -> TRANSITIONS.check(CREATED, COMPLETED)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void an_order_is_cancelled_until_it_has_left_or_been_handed_over_then_only_refunded() {
        assertThat(TRANSITIONS.allows(FULFILLING, CANCELLED)).isTrue();
        assertThat(TRANSITIONS.allows(READY_FOR_PICKUP, CANCELLED)).isTrue();
        assertThat(TRANSITIONS.allows(SHIPPED, CANCELLED)).isFalse();
        assertThat(TRANSITIONS.allows(COMPLETED, CANCELLED)).isFalse();
        assertThat(TRANSITIONS.allows(SHIPPED, REFUNDED)).isTrue();
    }

    @Test
    void cancelled_and_refunded_orders_are_final() {
        assertThat(TRANSITIONS.next(CANCELLED)).isEmpty();
        assertThat(TRANSITIONS.next(REFUNDED)).isEmpty();
        for (OrderStatus s : OrderStatus.values()) {
            assertThat(TRANSITIONS.allows(CANCELLED, s)).isFalse();
        }
    }
}

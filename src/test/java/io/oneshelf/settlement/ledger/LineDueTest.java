package io.oneshelf.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What one order line owes its stock's owner as the order stands. */
class LineDueTest {

    private static final OrderView.Line TEA = new OrderView.Line(0, UUID.randomUUID(), "TEA", "Tea", Map.of(), 3,
            1000, "LIST", 3000, 1, UUID.randomUUID());

    @Test
    void an_unpaid_order_owes_nothing_its_stock_is_only_held() {
        assertThat(LineDue.of(order(OrderStatus.CREATED), TEA, List.of(), 100)).isEqualTo(LineDue.NOTHING);
    }

    @Test
    void a_paid_line_owes_the_rate_of_its_paid_amount_rounded_half_up() {
        assertThat(LineDue.of(order(OrderStatus.PAID), TEA, List.of(), 100)).isEqualTo(new LineDue(3, 2999, 2999));
        assertThat(LineDue.of(order(OrderStatus.COMPLETED), TEA, List.of(), 90))
                .isEqualTo(new LineDue(3, 2999, 2699));
        assertThat(LineDue.share(5, 50)).isEqualTo(3);
        assertThat(LineDue.share(4, 50)).isEqualTo(2);
    }

    @Test
    void completed_returns_take_their_part_off_and_requested_or_rejected_ones_do_not() {
        List<OrderReturn> returns = List.of(back(OrderReturn.Status.COMPLETED, 0, 1, 1000),
                back(OrderReturn.Status.REQUESTED, 0, 1, 1000), back(OrderReturn.Status.REJECTED, 0, 1, 1000),
                back(OrderReturn.Status.COMPLETED, 1, 1, 500));

        assertThat(LineDue.of(order(OrderStatus.FULFILLING), TEA, returns, 90)).isEqualTo(new LineDue(2, 1999, 1799));
    }

    @Test
    void a_line_returned_in_full_or_a_cancelled_order_owes_nothing() {
        List<OrderReturn> all = List.of(back(OrderReturn.Status.COMPLETED, 0, 2, 2000),
                back(OrderReturn.Status.COMPLETED, 0, 1, 999));

        assertThat(LineDue.of(order(OrderStatus.REFUNDED), TEA, all, 90)).isEqualTo(LineDue.NOTHING);
        assertThat(LineDue.of(order(OrderStatus.CANCELLED), TEA, List.of(), 90)).isEqualTo(LineDue.NOTHING);
    }

    @Test
    void the_difference_of_two_dues_is_what_an_entry_records() {
        LineDue now = new LineDue(2, 1999, 1799);
        LineDue recorded = new LineDue(3, 2999, 2699);

        assertThat(now.minus(recorded)).isEqualTo(new LineDue(-1, -1000, -900));
        assertThat(now.minus(now).zero()).isTrue();
    }

    private static OrderView order(OrderStatus status) {
        return new OrderView(UUID.randomUUID(), UUID.randomUUID(), "20261203-000001", OrderChannel.ONLINE, null,
                status, null, null, null, null, List.of(TEA), 3000, 1, 0, 2999, 2999, 0, null, null, null, null,
                null, null, List.of(), 1);
    }

    private static OrderReturn back(OrderReturn.Status status, int lineIndex, long quantity, long amount) {
        return new OrderReturn(UUID.randomUUID(), UUID.randomUUID(), status, UUID.randomUUID(), true, amount, null,
                List.of(new OrderReturn.Line(lineIndex, quantity, amount)), null, null);
    }
}

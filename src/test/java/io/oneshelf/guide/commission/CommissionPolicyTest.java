package io.oneshelf.guide.commission;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.routing.Fulfilment;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommissionPolicyTest {

    private static OrderView anOrder(long total, long shippingFee, long paid, long refunded) {
        return new OrderView(UUID.randomUUID(), UUID.randomUUID(), "N1", OrderChannel.ONLINE, Fulfilment.EXPRESS,
                OrderStatus.PAID, null, null, UUID.randomUUID(), null, List.of(), total, 0, shippingFee, total, paid,
                refunded, null, null, null, null, null, null, List.of(), 0);
    }

    @Test
    void the_base_is_the_goods_paid_without_the_shipping_fee_and_the_commission_is_rounded_down() {
        OrderView order = anOrder(10_999, 1_000, 10_999, 0);
        assertThat(CommissionPolicy.base(order)).isEqualTo(9_999);
        assertThat(CommissionPolicy.commission(9_999, 333)).isEqualTo(332);
    }

    @Test
    void a_refund_takes_back_its_share_and_a_full_refund_all_of_it() {
        assertThat(CommissionPolicy.reversed(1_000, anOrder(20_000, 0, 20_000, 10_000))).isEqualTo(500);
        assertThat(CommissionPolicy.reversed(1_000, anOrder(20_000, 0, 20_000, 20_000))).isEqualTo(1_000);
        assertThat(CommissionPolicy.reversed(1_000, anOrder(20_000, 0, 20_000, 0))).isZero();
    }

    @Test
    void a_surplus_paid_and_given_back_takes_nothing_back() {
        assertThat(CommissionPolicy.reversed(1_000, anOrder(20_000, 0, 25_000, 5_000))).isZero();
    }

    @Test
    void refunds_in_any_steps_never_take_back_more_than_was_earned_and_all_of_it_at_the_end() {
        Random random = new Random(14);
        for (int run = 0; run < 500; run++) {
            long paid = 1 + random.nextInt(1_000_000);
            long earned = CommissionPolicy.commission(paid, random.nextInt(5_001));
            long refunded = 0;
            long taken = 0;
            while (refunded < paid) {
                refunded = Math.min(paid, refunded + 1 + random.nextInt((int) Math.min(paid, 400_000)));
                long owed = CommissionPolicy.reversed(earned, anOrder(paid, 0, paid, refunded));
                assertThat(owed).isGreaterThanOrEqualTo(taken).isLessThanOrEqualTo(earned);
                taken = owed;
            }
            assertThat(taken).isEqualTo(earned);
        }
    }
}

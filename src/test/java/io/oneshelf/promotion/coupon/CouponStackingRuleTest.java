package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stacking rule and the coupon codes, without a database. */
class CouponStackingRuleTest {

    private final Checkout checkout = new Checkout(UUID.randomUUID(), OrderChannel.POS, Fulfilment.IN_STORE, null,
            UUID.randomUUID(), null, Instant.now(), List.of());

    @Test
    void coupons_of_no_group_or_of_different_groups_stack() {
        CouponStacking.check(List.of(inGroup(null), inGroup(null), inGroup("满减券"), inGroup("店铺券")), checkout);
    }

    @Test
    void a_second_coupon_of_one_group_is_refused_as_a_conflict_naming_its_position() {
        assertThatThrownBy(() -> CouponStacking.check(List.of(inGroup("满减券"), inGroup(null), inGroup("满减券")),
                checkout))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(r.faults()).extracting(Rejection.Fault::field).containsExactly("couponIds[2]");
                });
    }

    @Test
    void codes_are_twelve_characters_without_look_alikes_and_are_read_as_people_type_them() {
        String code = CouponCodes.draw();
        assertThat(code).hasSize(CouponCodes.LENGTH).doesNotContain("0", "O", "1", "I", "L");
        assertThat(CouponCodes.normalise(" abcd-efgh 2345 ")).isEqualTo("ABCDEFGH2345");
        assertThat(CouponCodes.normalise(null)).isEmpty();
    }

    private static CouponTemplate inGroup(String group) {
        return new CouponTemplate(UUID.randomUUID(), "券", CouponKind.AMOUNT_OFF, 500L, null, null, null, group, true,
                0, null, null, 30, 1, null, 0, Set.of(), Set.of(), true, false, true, 1, null, null);
    }
}

package io.oneshelf.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.routing.Fulfilment;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckoutDiscountsTest {

    private static final Discount.Source FULL_REDUCTION = new Discount.Source("PROMOTION", UUID.randomUUID(),
            "满100减20");
    private static final Discount.Source COUPON = new Discount.Source("COUPON", UUID.randomUUID(), "5元券");

    @Test
    void a_basket_discount_is_apportioned_to_the_lines_and_explained_once_with_its_total() {
        Checkout basket = PricingFixtures.aBasket(Fulfilment.PICKUP, 1000, 1, 2, 7);

        long taken = basket.discountBasket(FULL_REDUCTION, 1000);

        assertThat(taken).isEqualTo(1000);
        assertThat(basket.lines()).extracting(PricedLine::discount).containsExactly(100L, 200L, 700L);
        assertThat(basket.total()).isEqualTo(9000);
        assertThat(basket.discounts()).containsExactly(new Discount("PROMOTION", FULL_REDUCTION.ruleId(), "满100减20",
                1000, Discount.Target.BASKET));
    }

    @Test
    void a_discount_never_takes_more_than_is_payable_and_a_rule_that_gave_nothing_is_not_told() {
        Checkout basket = PricingFixtures.aBasket(Fulfilment.PICKUP, 500, 1, 1);

        assertThat(basket.discountLine(basket.lines().get(0), COUPON, 800)).isEqualTo(500);
        assertThat(basket.discountBasket(FULL_REDUCTION, 2000)).isEqualTo(500);
        assertThat(basket.discountBasket(new Discount.Source("COUPON", UUID.randomUUID(), "nothing left"), 100))
                .isZero();

        assertThat(basket.total()).isZero();
        assertThat(basket.discounts()).extracting(Discount::name, Discount::amount, Discount::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5元券", 500L, Discount.Target.LINES),
                        org.assertj.core.groups.Tuple.tuple("满100减20", 500L, Discount.Target.BASKET));
    }

    @Test
    void a_basket_discount_of_some_lines_leaves_the_others_alone() {
        Checkout basket = PricingFixtures.aBasket(Fulfilment.PICKUP, 1000, 1, 3);

        basket.discountBasket(FULL_REDUCTION, 300, l -> l.index() == 1);

        assertThat(basket.lines()).extracting(PricedLine::discount).containsExactly(0L, 300L);
    }

    @Test
    void a_waived_shipping_fee_is_not_charged_and_is_explained_as_what_it_would_have_been() {
        Checkout basket = PricingFixtures.aBasket(Fulfilment.EXPRESS, 1000, 1);

        basket.waiveShipping(COUPON);
        basket.shippingFee(800);

        assertThat(basket.shippingFee()).isZero();
        assertThat(basket.total()).isEqualTo(1000);
        assertThat(basket.discounts()).containsExactly(new Discount("COUPON", COUPON.ruleId(), "5元券", 800,
                Discount.Target.SHIPPING));
    }

    @Test
    void whatever_discounts_the_steps_give_the_total_is_never_negative_and_the_lines_sum_to_it() {
        Random random = new Random(12L);
        for (int run = 0; run < 2_000; run++) {
            long[] quantities = random.longs(1 + random.nextInt(8), 1, 5).toArray();
            Checkout basket = PricingFixtures.aBasket(Fulfilment.PICKUP, 1 + random.nextInt(5000), quantities);
            long given = 0;
            for (int step = 0; step < 1 + random.nextInt(4); step++) {
                long fen = random.nextInt(20_000);
                given += random.nextBoolean() ? basket.discountBasket(FULL_REDUCTION, fen)
                        : basket.discountLine(basket.lines().get(random.nextInt(quantities.length)), COUPON, fen);
            }
            long payable = basket.lines().stream().mapToLong(PricedLine::payable).sum();
            assertThat(basket.total()).isEqualTo(payable).isEqualTo(basket.goodsAmount() - given)
                    .isNotNegative();
            assertThat(basket.lines()).allSatisfy(l -> assertThat(l.payable()).isNotNegative());
            assertThat(basket.discounts().stream().mapToLong(Discount::amount).sum()).isEqualTo(given);
        }
    }
}

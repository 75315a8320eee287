package io.oneshelf.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Rejection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cashier's hand discounts within their limit, and an offline sale priced as the till recorded it. */
class HandDiscountsAndRecordedPricesTest {

    private static Checkout till(long unitPrice, long quantity, long handDiscount) {
        PricedLine line = new PricedLine(0, PricingFixtures.aSku("TEA"), quantity, handDiscount);
        line.price(unitPrice, "LIST");
        return new Checkout(PricingFixtures.BRAND, OrderChannel.POS, Fulfilment.IN_STORE, null, null, null,
                Instant.now(), List.of(line));
    }

    @Test
    void a_hand_discount_within_the_limit_is_a_manual_discount_of_its_line() {
        Checkout basket = till(1500, 2, 300).handDiscountLimitPercent(10);

        new HandDiscounts().apply(basket);

        assertThat(basket.lines().get(0).discount()).isEqualTo(300);
        assertThat(basket.total()).isEqualTo(2700);
        assertThat(basket.discounts()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("MANUAL");
            assertThat(d.target()).isEqualTo(Discount.Target.LINES);
        });
    }

    @Test
    void a_fen_beyond_the_limit_is_refused_on_the_lines_discount() {
        Checkout basket = till(1500, 2, 301).handDiscountLimitPercent(10);

        assertThatThrownBy(() -> new HandDiscounts().apply(basket)).isInstanceOf(Rejection.class)
                .satisfies(e -> assertThat(((Rejection) e).faults().get(0).field()).isEqualTo("lines[0].discountFen"));
        assertThat(basket.lines().get(0).discount()).isZero();
    }

    @Test
    void without_a_limit_no_hand_discount_is_given() {
        assertThatThrownBy(() -> new HandDiscounts().apply(till(1500, 1, 1))).isInstanceOf(Rejection.class);
    }

    @Test
    void a_recorded_sale_keeps_its_unit_prices_and_its_total_to_the_fen() {
        PricedLine tea = new PricedLine(0, PricingFixtures.aSku("TEA"), 3);
        PricedLine cake = new PricedLine(1, PricingFixtures.aSku("CAKE"), 1);
        Checkout basket = new Checkout(PricingFixtures.BRAND, OrderChannel.POS, Fulfilment.IN_STORE, null, null,
                null, Instant.now(), List.of(tea, cake));

        RecordedPrices.price(basket, List.of(1000L, 2001L), 4500);

        assertThat(tea.unitPrice()).isEqualTo(1000);
        assertThat(tea.priceRule()).isEqualTo("RECORDED");
        assertThat(basket.goodsAmount()).isEqualTo(5001);
        assertThat(basket.total()).isEqualTo(4500);
        assertThat(tea.discount() + cake.discount()).isEqualTo(501);
        assertThat(basket.discounts()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo("OFFLINE"));
    }
}

package io.oneshelf.order.pricing;

import static io.oneshelf.order.pricing.PricingFixtures.aBasket;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.order.settings.OrderSettings;
import org.junit.jupiter.api.Test;

class ShippingFeeTest {

    private static final OrderSettings RULES = new OrderSettings(30, 1000, 800, 9900, 1);

    @Test
    void a_parcel_below_the_threshold_pays_the_express_fee() {
        assertThat(ShippingFee.fee(RULES, aBasket(Fulfilment.EXPRESS, 1500, 2))).isEqualTo(1000);
    }

    @Test
    void same_city_delivery_pays_its_own_fee() {
        assertThat(ShippingFee.fee(RULES, aBasket(Fulfilment.SAME_CITY, 1500, 2))).isEqualTo(800);
    }

    @Test
    void goods_reaching_the_threshold_ship_free() {
        assertThat(ShippingFee.fee(RULES, aBasket(Fulfilment.EXPRESS, 3300, 3))).isZero();
        assertThat(ShippingFee.fee(RULES, aBasket(Fulfilment.EXPRESS, 3299, 3))).isEqualTo(1000);
    }

    @Test
    void the_threshold_counts_goods_after_discounts() {
        Checkout basket = aBasket(Fulfilment.EXPRESS, 5000, 2);
        basket.lines().get(0).discountBy(200);
        assertThat(ShippingFee.fee(RULES, basket)).isEqualTo(1000);
    }

    @Test
    void pickups_and_till_sales_never_pay_shipping() {
        assertThat(ShippingFee.fee(RULES, aBasket(Fulfilment.PICKUP, 100, 1))).isZero();
        assertThat(ShippingFee.fee(RULES, aBasket(Fulfilment.IN_STORE, 100, 1))).isZero();
    }

    @Test
    void a_zero_threshold_means_never_free() {
        OrderSettings never = new OrderSettings(30, 1000, 800, 0, 1);
        assertThat(ShippingFee.fee(never, aBasket(Fulfilment.EXPRESS, 1_000_000, 5))).isEqualTo(1000);
    }

    @Test
    void the_total_is_goods_less_discounts_plus_shipping() {
        Checkout basket = aBasket(Fulfilment.EXPRESS, 1500, 2, 1);
        basket.lines().get(1).discountBy(300);
        basket.shippingFee(ShippingFee.fee(RULES, basket));
        assertThat(basket.goodsAmount()).isEqualTo(4500);
        assertThat(basket.discountAmount()).isEqualTo(300);
        assertThat(basket.total()).isEqualTo(4500 - 300 + 1000);
    }
}

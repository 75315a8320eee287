package io.oneshelf.order.pricing;

import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.order.settings.OrderSettings;
import io.oneshelf.order.settings.OrderSettingsStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The delivery fee of the brand's settings, for parcels and same-city deliveries only, and none once the goods
 * (after discounts) reach the free-shipping threshold. Pickups and till sales never pay one.
 */
@Component
@Order(900)
class ShippingFee implements PricingStep {

    private final OrderSettingsStore settings;

    ShippingFee(OrderSettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public void apply(Checkout checkout) {
        checkout.shippingFee(fee(settings.of(checkout.brandId()), checkout));
    }

    static long fee(OrderSettings settings, Checkout checkout) {
        Fulfilment f = checkout.fulfilment();
        if (f != Fulfilment.EXPRESS && f != Fulfilment.SAME_CITY) {
            return 0;
        }
        long goods = checkout.goodsAmount() - checkout.discountAmount();
        if (settings.freeShippingOver() > 0 && goods >= settings.freeShippingOver()) {
            return 0;
        }
        return f == Fulfilment.SAME_CITY ? settings.sameCityFee() : settings.expressFee();
    }
}

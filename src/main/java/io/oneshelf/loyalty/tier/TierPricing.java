package io.oneshelf.loyalty.tier;

import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricingStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Member prices at checkout (同價 for members): sets the checkout's tier to its customer's, before the price book
 * (100) reads it, so the price book's TIER rows of that code apply on every channel. A checkout without a customer,
 * or one whose tier was set already, is left as it is.
 */
@Component
@Order(50)
class TierPricing implements PricingStep {

    private final TierDesk desk;

    TierPricing(TierDesk desk) {
        this.desk = desk;
    }

    @Override
    public void apply(Checkout checkout) {
        if (checkout.customerId() != null && checkout.tierCode() == null) {
            desk.tierOf(checkout.brandId(), checkout.customerId()).ifPresent(t -> checkout.tierCode(t.code()));
        }
    }
}

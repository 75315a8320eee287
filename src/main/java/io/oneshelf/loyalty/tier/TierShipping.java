package io.oneshelf.loyalty.tier;

import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricingStep;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The free-shipping benefit of a member tier: waives the shipping fee of a customer whose tier gives free shipping,
 * explained on the order as the tier ({@code TIER}, its name). Runs after the coupons (500), so that a free-shipping
 * coupon the customer chose is the one the order credits, and before the shipping step (900), which charges nothing
 * once the fee is waived and records what it would have been.
 */
@Component
@Order(800)
class TierShipping implements PricingStep {

    static final String KIND = "TIER";

    private final TierDesk desk;

    TierShipping(TierDesk desk) {
        this.desk = desk;
    }

    @Override
    public void apply(Checkout checkout) {
        if (checkout.customerId() == null || checkout.shippingWaived()) {
            return;
        }
        desk.tierOf(checkout.brandId(), checkout.customerId()).filter(Tier::freeShipping)
                .ifPresent(t -> checkout.waiveShipping(new Discount.Source(KIND, ruleId(checkout.brandId(), t),
                        t.name())));
    }

    /** A tier has a code, not an id: the explanation names it by an id derived from the brand and the code. */
    static UUID ruleId(UUID brandId, Tier tier) {
        return UUID.nameUUIDFromBytes(("tier:" + brandId + ":" + tier.code()).getBytes(StandardCharsets.UTF_8));
    }
}

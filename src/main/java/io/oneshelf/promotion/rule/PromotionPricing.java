package io.oneshelf.promotion.rule;

import io.oneshelf.catalog.SkuCategories;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricingStep;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Automatic promotions in checkout pricing (order 300: after the price book's and member prices, before coupons at
 * 500): the brand's promotions running now, stacked as {@link AutomaticPromotions} says. The SKUs' categories are
 * read only when a running promotion covers a category.
 */
@Component
@Order(300)
class PromotionPricing implements PricingStep {

    private final Promotions promotions;
    private final SkuCategories categories;

    PromotionPricing(Promotions promotions, SkuCategories categories) {
        this.promotions = promotions;
        this.categories = categories;
    }

    @Override
    public void apply(Checkout checkout) {
        List<Promotion> running = promotions.running(checkout.brandId(), checkout.at());
        if (running.isEmpty()) {
            return;
        }
        Map<UUID, Set<UUID>> of = running.stream().anyMatch(Promotion::byCategory)
                ? categories.categoriesOf(checkout.brandId(),
                checkout.lines().stream().map(l -> l.sku().id()).toList())
                : Map.of();
        AutomaticPromotions.apply(running, checkout, of);
    }
}

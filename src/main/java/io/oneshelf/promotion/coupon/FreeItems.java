package io.oneshelf.promotion.coupon;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.platform.Rejection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A FREE_ITEM coupon at checkout: one unit of its SKU free, as a discount on the first line of that SKU (target
 * LINES, so the order explains it on that line): the unit's price, at most what is still payable on the line after
 * the promotions and coupons before it. A cart without that SKU refuses the coupon, naming the item.
 */
@Component
class FreeItems {

    private final SkuCatalog skus;

    FreeItems(SkuCatalog skus) {
        this.skus = skus;
    }

    void give(CouponTemplate t, Discount.Source source, Checkout checkout, int index) {
        PricedLine line = checkout.lines().stream()
                .filter(l -> l.sku().id().equals(t.skuId()) && l.payable() > 0).findFirst()
                .orElseThrow(() -> Rejection.invalid("couponIds[" + index + "]", "promotion.coupon.item-not-in-cart",
                        skus.find(checkout.brandId(), List.of(t.skuId())).values().stream().map(SkuRef::name)
                                .findFirst().orElse("?")));
        checkout.discountLine(line, source, Math.min(line.unitPrice(), line.payable()));
    }
}

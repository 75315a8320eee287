package io.oneshelf.promotion.coupon;

import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.platform.Rejection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which coupons go together on one order (decision 0041): coupons of one stacking group never do (the later one is
 * refused, naming the earlier), coupons of different groups or of none stack; a coupon whose template says
 * {@code withPromotions = false} is refused on an order an automatic promotion already discounted (every discount
 * before the coupon step is one). Both are 409: the coupons are good, their combination is not.
 */
final class CouponStacking {

    private CouponStacking() {
    }

    /** Refuses the first coupon (by its position in {@code couponIds}) that may not join the ones before it. */
    static void check(List<CouponTemplate> chosen, Checkout checkout) {
        boolean promoted = checkout.discounts().stream().map(Discount::kind)
                .anyMatch(kind -> !CouponPricing.KIND.equals(kind));
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            CouponTemplate t = chosen.get(i);
            if (promoted && !t.withPromotions()) {
                throw Rejection.conflict("couponIds[" + i + "]", "promotion.coupon.not-with-promotions");
            }
            if (t.stackingGroup() != null) {
                Integer earlier = groups.putIfAbsent(t.stackingGroup(), i);
                if (earlier != null) {
                    throw Rejection.conflict("couponIds[" + i + "]", "promotion.coupon.same-group",
                            t.stackingGroup(), earlier + 1);
                }
            }
        }
    }
}

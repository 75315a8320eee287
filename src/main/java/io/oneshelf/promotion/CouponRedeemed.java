package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer's coupon was used by order {@code orderId} (recorded in the order's transaction). */
@EventType("promotion.coupon.redeemed")
public record CouponRedeemed(UUID brandId, UUID couponId, UUID templateId, UUID customerId, UUID orderId,
                             String orderNumber) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return couponId;
    }
}

package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * A coupon used by order {@code orderId} is the customer's to use again: the order was cancelled ({@code cause}
 * CANCELLED), or fully refunded and its template gives coupons back then (REFUNDED).
 */
@EventType("promotion.coupon.returned")
public record CouponReturned(UUID brandId, UUID couponId, UUID templateId, UUID customerId, UUID orderId,
                             String cause) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return couponId;
    }
}

package io.oneshelf.order.pricing;

import java.util.UUID;

/**
 * What a pricing step gave that the order must make its own when it is recorded (a coupon used by it): run in the
 * order's transaction, after the order is inserted. A redemption that finds it can no longer be made (the coupon
 * was used meanwhile) throws a {@link io.oneshelf.platform.Rejection}, and the order is not placed.
 */
@FunctionalInterface
public interface Redemption {

    void redeem(UUID brandId, UUID orderId, String orderNumber);
}

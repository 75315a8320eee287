package io.oneshelf.promotion.coupon;

/** What a coupon takes off. */
public enum CouponKind {
    /** A fixed amount off the goods it covers. */
    AMOUNT_OFF,
    /** A percent off the goods, at most {@code maxOff} when a cap is set. */
    PERCENT_OFF,
    /** The shipping fee. */
    FREE_SHIPPING
}

package io.oneshelf.promotion.coupon;

/** What a coupon takes off. */
public enum CouponKind {
    /** A fixed amount off the goods it covers. */
    AMOUNT_OFF,
    /** A percent off the goods, at most {@code maxOff} when a cap is set. */
    PERCENT_OFF,
    /** The shipping fee. */
    FREE_SHIPPING,
    /** One unit of the template's SKU, when the cart holds it (a discount on that line). */
    FREE_ITEM
}

package io.oneshelf.order.settings;

/**
 * A brand's order rules: how long an unpaid order holds its stock before it is cancelled, and the delivery fees
 * in fen (none once the goods reach {@code freeShippingOver}; 0 there means never free).
 */
public record OrderSettings(int unpaidMinutes, long expressFee, long sameCityFee, long freeShippingOver, int version) {

    public static final OrderSettings DEFAULTS = new OrderSettings(30, 1000, 800, 9900, 0);

    public static final int MIN_UNPAID_MINUTES = 5;
    public static final int MAX_UNPAID_MINUTES = 24 * 60;
}

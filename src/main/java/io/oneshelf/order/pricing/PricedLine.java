package io.oneshelf.order.pricing;

import io.oneshelf.catalog.SkuRef;

/**
 * One line of a checkout as the steps price it. The book price step sets the unit price and the rule that set it;
 * discount steps add to the line's discount through the {@link Checkout} ({@link Checkout#discountLine},
 * {@link Checkout#discountBasket}), which keeps which rule gave what, never beyond the line's amount.
 */
public final class PricedLine {

    private final int index;
    private final SkuRef sku;
    private final long quantity;
    private long unitPrice;
    private String priceRule;
    private long discount;
    private final long handDiscount;

    public PricedLine(int index, SkuRef sku, long quantity) {
        this(index, sku, quantity, 0);
    }

    /** A line with a discount the cashier gives by hand at the till ({@link HandDiscounts} applies it). */
    public PricedLine(int index, SkuRef sku, long quantity, long handDiscount) {
        this.index = index;
        this.sku = sku;
        this.quantity = quantity;
        this.handDiscount = handDiscount;
    }

    /** The fen the cashier asked to take off this line by hand; 0 for none. */
    public long handDiscount() {
        return handDiscount;
    }

    public int index() {
        return index;
    }

    public SkuRef sku() {
        return sku;
    }

    public long quantity() {
        return quantity;
    }

    public long unitPrice() {
        return unitPrice;
    }

    public String priceRule() {
        return priceRule;
    }

    /** Unit price × quantity, before discounts. */
    public long amount() {
        return Math.multiplyExact(unitPrice, quantity);
    }

    public long discount() {
        return discount;
    }

    public long payable() {
        return amount() - discount;
    }

    void price(long unitPrice, String rule) {
        this.unitPrice = unitPrice;
        this.priceRule = rule;
    }

    /** Adds a discount, at most what is still payable on this line; answers what was taken. */
    long discountBy(long fen) {
        long taken = Math.min(Math.max(fen, 0), payable());
        discount += taken;
        return taken;
    }
}

package io.oneshelf.order.pricing;

import java.util.List;

/**
 * Prices a sale the till recorded while offline as it was sold: each line at the unit price the till charged
 * ({@code RECORDED}), and what the till took off in all (its promotions, hand discounts) as one {@code OFFLINE}
 * discount of the basket, apportioned to the lines, so the order's total is the recorded total to the fen. The
 * pipeline does not run: the sale has happened, nothing may change its price now.
 */
public final class RecordedPrices {

    static final Discount.Source SOURCE = new Discount.Source("OFFLINE", null, "離線成交價");

    private RecordedPrices() {
    }

    /**
     * @param unitPrices the recorded unit price of each line, in the checkout's line order
     * @param total what the till charged; at most the lines' amounts
     */
    public static Checkout price(Checkout checkout, List<Long> unitPrices, long total) {
        List<PricedLine> lines = checkout.lines();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).price(unitPrices.get(i), "RECORDED");
        }
        long goods = checkout.goodsAmount();
        if (total < 0 || total > goods) {
            throw new IllegalArgumentException("a recorded total lies between 0 and the lines' amounts: " + total);
        }
        checkout.discountBasket(SOURCE, goods - total);
        return checkout;
    }
}

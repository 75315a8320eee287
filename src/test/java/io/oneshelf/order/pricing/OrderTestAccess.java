package io.oneshelf.order.pricing;

/** Lets tests of other order packages price a line as the pipeline's steps do. */
public final class OrderTestAccess {

    private OrderTestAccess() {
    }

    public static void price(PricedLine line, long unitPrice) {
        line.price(unitPrice, "LIST");
    }

    public static void discount(PricedLine line, long fen) {
        line.discountBy(fen);
    }
}

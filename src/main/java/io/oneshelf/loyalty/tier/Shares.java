package io.oneshelf.loyalty.tier;

/** Proportional shares of whole units, rounded down, so that the whole of a full share is exactly the whole. */
public final class Shares {

    private Shares() {
    }

    /**
     * The share of {@code whole} (an order's growth or points) that the order's refunds stand for: what was refunded
     * of what paid its total (a payment beyond the total, given back as surplus, is neither).
     */
    public static long refunded(long whole, io.oneshelf.order.OrderView order) {
        long surplus = Math.max(0, order.paid() - order.total());
        return of(whole, Math.max(0, order.refunded() - surplus), order.paid() - surplus);
    }

    /** {@code whole × part / of}, rounded down; the whole when {@code part ≥ of}; 0 when {@code of ≤ 0}. */
    public static long of(long whole, long part, long of) {
        if (of <= 0 || part <= 0) {
            return 0;
        }
        if (part >= of) {
            return whole;
        }
        return java.math.BigInteger.valueOf(whole).multiply(java.math.BigInteger.valueOf(part))
                .divide(java.math.BigInteger.valueOf(of)).longValueExact();
    }
}

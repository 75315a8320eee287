package io.oneshelf.distribution.commission;

import io.oneshelf.order.OrderView;

/**
 * What a referred order earns and what its refunds take back. The base is the order's lines as apportioned and paid
 * (each line's amount less the discounts apportioned to it; no shipping fee); each line earns its rate (basis
 * points) of what it was paid, rounded down, and the order earns their sum. A refund takes back the share of the
 * commission that the refunded money stands for of what paid the total (a surplus paid and given back is neither),
 * all of it once the order is refunded in full; so the ledger of an order always equals what this policy says of the
 * order as it stands.
 */
final class CommissionPolicy {

    static final int BASIS = 10_000;

    private CommissionPolicy() {
    }

    static long base(OrderView order) {
        return order.lines().stream().mapToLong(l -> Math.max(0, l.payable())).sum();
    }

    /** The commission of the order's lines at their {@code rates} (one per line). */
    static long commission(OrderView order, int[] rates) {
        long sum = 0;
        for (int i = 0; i < rates.length; i++) {
            sum += io.oneshelf.platform.Shares.of(Math.max(0, order.lines().get(i).payable()), rates[i], BASIS);
        }
        return sum;
    }

    /** The share of {@code earned} the order's refunds stand for. */
    static long reversed(long earned, OrderView order) {
        return order.refundedShareOf(earned);
    }
}

package io.oneshelf.guide.commission;

import io.oneshelf.order.OrderView;

/**
 * What a guide earns on an order and what its refunds take back. The base is the order's goods as apportioned and
 * paid: its total without the shipping fee. The commission is the brand's rate (basis points) of it, rounded down.
 * A refund takes back the share of the commission (and of the base) that the refunded money stands for of what
 * paid the total (a surplus paid and given back is neither), all of it once the order is refunded in full; so the
 * ledger of an order always equals what this policy says of the order as it stands.
 */
final class CommissionPolicy {

    static final int BASIS = 10_000;

    private CommissionPolicy() {
    }

    static long base(OrderView order) {
        return Math.max(0, order.total() - order.shippingFee());
    }

    static long commission(long base, int rateBp) {
        return io.oneshelf.platform.Shares.of(base, rateBp, BASIS);
    }

    /** The share of {@code earned} the order's refunds stand for. */
    static long reversed(long earned, OrderView order) {
        return order.refundedShareOf(earned);
    }
}

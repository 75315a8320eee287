package io.oneshelf.settlement.ledger;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the seller owes for one line of an order as it stands now: the quantity sold and not returned, the part
 * of the line's paid amount it comes to, and the settlement rate applied to that (rounded half up to the fen).
 * Nothing is owed before the order is paid (its stock is only held) nor after a cancellation (its stock went
 * back); a completed return takes its quantity and amount off the line. A line returned in full owes nothing.
 */
record LineDue(long quantity, long base, long amount) {

    static final LineDue NOTHING = new LineDue(0, 0, 0);

    /** The statuses in which an order's stock has been sold: paid, and not cancelled. */
    private static final Set<OrderStatus> SOLD = EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLING,
            OrderStatus.READY_FOR_PICKUP, OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.REFUNDED);

    static LineDue of(OrderView order, OrderView.Line line, List<OrderReturn> returns, int ratePercent) {
        if (!SOLD.contains(order.status())) {
            return NOTHING;
        }
        long quantity = line.quantity();
        long base = line.payable();
        for (OrderReturn r : returns) {
            if (r.status() != OrderReturn.Status.COMPLETED) {
                continue;
            }
            for (OrderReturn.Line back : r.lines()) {
                if (back.lineIndex() == line.index()) {
                    quantity -= back.quantity();
                    base -= back.amount();
                }
            }
        }
        if (quantity <= 0) {
            return NOTHING;
        }
        base = Math.max(0, base);
        return new LineDue(quantity, base, share(base, ratePercent));
    }

    /** {@code percent} % of {@code base} fen, rounded half up. */
    static long share(long base, int percent) {
        return (base * percent + 50) / 100;
    }

    LineDue minus(LineDue other) {
        return new LineDue(quantity - other.quantity, base - other.base, amount - other.amount);
    }

    boolean zero() {
        return quantity == 0 && base == 0 && amount == 0;
    }
}

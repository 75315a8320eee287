package io.oneshelf.order.sale;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What may come back of an order, and what it refunds. Only a paid order returns lines; each line at most what
 * was bought less what was returned or asked to be returned already. A line's refund is its paid amount (after
 * discounts) in proportion to the units returned, rounded down to the fen, except that the last units of a line
 * take all that is left of it: the returns of a line always add up to exactly what was paid for it.
 */
final class ReturnPolicy {

    static final Set<OrderStatus> RETURNABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.FULFILLING,
            OrderStatus.READY_FOR_PICKUP, OrderStatus.SHIPPED, OrderStatus.COMPLETED);

    private ReturnPolicy() {
    }

    /** The lines of the return with their refunds; {@code earlier} are the order's returns not rejected. */
    static List<OrderReturn.Line> price(Order order, List<ReturnLines.Line> asked, List<OrderReturn> earlier) {
        if (!RETURNABLE.contains(order.status())) {
            throw Rejection.conflict("status", "order.return.not-paid");
        }
        if (asked.isEmpty()) {
            throw Rejection.invalid("lines", "validation.required");
        }
        Set<Integer> named = new HashSet<>();
        return java.util.stream.IntStream.range(0, asked.size()).mapToObj(i -> {
            ReturnLines.Line a = asked.get(i);
            if (a == null || a.lineIndex() < 0 || a.lineIndex() >= order.lines().size() || !named.add(a.lineIndex())) {
                throw new LineRejected(i, Rejection.invalid("lineIndex", a != null && named.contains(a.lineIndex())
                        && a.lineIndex() < order.lines().size() ? "order.return.named-twice" : "order.return.no-such-line"));
            }
            OrderView.Line line = order.lines().get(a.lineIndex());
            long[] gone = returned(earlier, a.lineIndex());
            long left = line.quantity() - gone[0];
            if (a.quantity() < 1 || a.quantity() > left) {
                throw new LineRejected(i, Rejection.invalid("quantity", "order.return.quantity", left));
            }
            long amount = a.quantity() == left ? line.payable() - gone[1]
                    : Math.floorDiv(line.payable() * a.quantity(), line.quantity());
            return new OrderReturn.Line(a.lineIndex(), a.quantity(), amount);
        }).toList();
    }

    /** Whether nothing of the order is left unreturned once these completed returns are counted. */
    static boolean fully(Order order, List<OrderReturn> completed) {
        for (OrderView.Line line : order.lines()) {
            if (returned(completed, line.index())[0] < line.quantity()) {
                return false;
            }
        }
        return true;
    }

    /** Units and fen of line {@code index} in these returns. */
    private static long[] returned(List<OrderReturn> returns, int index) {
        long units = 0;
        long fen = 0;
        for (OrderReturn r : returns) {
            for (OrderReturn.Line l : r.lines()) {
                if (l.lineIndex() == index) {
                    units += l.quantity();
                    fen += l.amount();
                }
            }
        }
        return new long[] {units, fen};
    }
}

package io.oneshelf.voucher.book;

import io.oneshelf.order.AdvanceOrder;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.platform.Ids;
import io.oneshelf.voucher.VoucherIssued;
import io.oneshelf.voucher.VoucherRefunded;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues vouchers when an order is paid: one per unit of each line whose SKU has a voucher plan, its price that
 * unit's share of the line's paid amount (to the fen, the first units taking the remainder), valid for the plan's
 * days from now. A {@code VOUCHER} order is then handed over: completed. A return of such a line made at the order
 * (not through a voucher's refund) closes as many of its vouchers, untouched ones first. Events delivered twice find
 * their vouchers issued (one per unit) and their returns counted, and change nothing.
 */
@Component
class VoucherIssue {

    private final Orders orders;
    private final VoucherPlans plans;
    private final VoucherBook book;
    private final ApplicationEventPublisher events;

    VoucherIssue(Orders orders, VoucherPlans plans, VoucherBook book, ApplicationEventPublisher events) {
        this.orders = orders;
        this.plans = plans;
        this.book = book;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        OrderView order = orders.find(paid.brandId(), paid.orderId()).orElse(null);
        if (order == null || order.status().unpaid() || order.status() == OrderStatus.CANCELLED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean vouchers = false;
        for (OrderView.Line line : order.lines()) {
            Optional<VoucherPlan> plan = plans.find(order.brandId(), line.skuId());
            if (plan.isPresent()) {
                vouchers = true;
                issue(order, line, plan.get(), now);
            }
        }
        if (vouchers && "VOUCHER".equals(String.valueOf(order.fulfilment())) && order.status() == OrderStatus.PAID) {
            orders.advance(new AdvanceOrder(order.brandId(), order.id(), OrderStatus.COMPLETED, null, null));
        }
    }

    private void issue(OrderView order, OrderView.Line line, VoucherPlan plan, OffsetDateTime now) {
        long[] prices = shares(line.payable(), (int) line.quantity());
        for (int unit = 0; unit < prices.length; unit++) {
            String code = VoucherQr.newCode();
            while (book.codeTaken(order.brandId(), code)) {
                code = VoucherQr.newCode();
            }
            Voucher v = new Voucher(Ids.next(), order.brandId(), code, order.id(), order.number(), line.index(), unit,
                    line.skuId(), line.skuCode(), line.name(), order.storeId() != null ? order.storeId()
                    : line.placeId(), order.customerId(), plan.uses(), 0, 0, false, prices[unit], 0, now,
                    now.plusDays(plan.validDays()), 0);
            if (book.issue(v)) {
                events.publishEvent(new VoucherIssued(v.brandId(), v.id(), v.orderId(), v.orderNumber(),
                        v.lineIndex(), v.skuId(), v.skuCode(), v.storeId(), v.customerId(), v.uses(), v.price(),
                        v.expiresAt()));
            }
        }
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        List<OrderReturn> returns = orders.returns(returned.brandId(), returned.orderId());
        for (OrderReturn.Line back : returned.lines()) {
            List<Voucher> vouchers = book.ofLine(returned.brandId(), returned.orderId(), back.lineIndex());
            if (vouchers.isEmpty()) {
                continue;
            }
            long taken = returns.stream().filter(r -> r.status() == OrderReturn.Status.COMPLETED)
                    .flatMap(r -> r.lines().stream()).filter(l -> l.lineIndex() == back.lineIndex())
                    .mapToLong(OrderReturn.Line::quantity).sum();
            long closed = vouchers.stream().filter(Voucher::returned).count();
            long perUnit = back.quantity() == 0 ? 0 : back.amount() / back.quantity();
            List<Voucher> open = vouchers.stream().filter(v -> !v.returned())
                    .sorted(java.util.Comparator.comparingInt(Voucher::redeemed)).toList();
            for (int i = 0; i < taken - closed && i < open.size(); i++) {
                close(open.get(i), perUnit);
            }
        }
    }

    private void close(Voucher v, long amount) {
        int uses = v.remaining();
        Voucher after = v.refund(amount, true);
        book.use(after, "REFUND", uses, amount, null, OffsetDateTime.now(ZoneOffset.UTC));
        events.publishEvent(new VoucherRefunded(v.brandId(), v.id(), v.orderId(), v.storeId(), uses, amount, true));
    }

    /** {@code total} fen in {@code units} shares that differ by at most one fen, the larger first. */
    static long[] shares(long total, int units) {
        long[] shares = new long[units];
        for (int i = 0; i < units; i++) {
            shares[i] = total / units + (i < total % units ? 1 : 0);
        }
        return shares;
    }
}

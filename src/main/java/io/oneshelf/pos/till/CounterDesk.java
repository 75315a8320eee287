package io.oneshelf.pos.till;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.payment.Refund;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.ReturnRecorded;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counter's sales and returns, in the till's open shift. */
@Service
class CounterDesk {

    private final TillAccess access;
    private final Shifts shifts;
    private final TillSales sales;
    private final Orders orders;
    private final Payments payments;
    private final ShiftMoney money;
    private final ApplicationEventPublisher events;

    CounterDesk(TillAccess access, Shifts shifts, TillSales sales, Orders orders, Payments payments,
                ShiftMoney money, ApplicationEventPublisher events) {
        this.access = access;
        this.shifts = shifts;
        this.sales = sales;
        this.orders = orders;
        this.payments = payments;
        this.money = money;
        this.events = events;
    }

    /** A sale at the till now, in its open shift; a repeat of the client sale id answers the first one's order. */
    TillSales.Sold sell(Actor actor, UUID tillId, PosRequests.Sale b) {
        Till till = access.selling(actor, tillId);
        var earlier = sales.earlier(actor, till.id(), b.clientSaleId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Shift shift = openShift(till);
        PlaceOrder command = TillSales.command(actor, till, b.customerId(), b.guideId(), lines(b.lines()), b.tenders(),
                b.note(), b.clientSaleId(), b.couponIds(), null);
        return sales.place(actor, new TillSales.Context(till, shift, b.clientSaleId(), ShiftDesk.now(), false,
                List.of()), command);
    }

    /**
     * The cart priced as its sale would be (the same pipeline, the cashier's hand discounts within their limit —
     * refused on {@code lines[i].discountFen} beyond it), before the customer chooses how to pay: no tenders.
     */
    OrderView quote(Actor actor, UUID tillId, PosRequests.Quote b) {
        Till till = access.selling(actor, tillId);
        return orders.quote(TillSales.command(actor, till, b.customerId(), b.guideId(), lines(b.lines()), List.of(),
                null, UUID.randomUUID(), b.couponIds(), null));
    }

    private static List<PlaceOrder.Line> lines(List<PosRequests.Line> lines) {
        return lines.stream().map(l -> new PlaceOrder.Line(l.skuId(), l.quantity(),
                l.discountFen() == null ? 0 : l.discountFen(), null)).toList();
    }

    /** What one unit of a SKU costs at the till now (the checkout pipeline's total); refused if it does not sell. */
    long quote(Actor actor, Till till, UUID skuId) {
        PlaceOrder one = TillSales.command(actor, till, null, null, List.of(new PlaceOrder.Line(skuId, 1)),
                List.of(), null, UUID.randomUUID(), null, null);
        return orders.quote(one).total();
    }

    /**
     * Lines of an order of any channel of the brand come back at the till's store: the order module refunds them to
     * the order's tenders and restocks or writes them off; what each tender got back counts in the till's open
     * shift (cash leaves its drawer).
     */
    @Transactional
    OrderReturn takeBack(Actor actor, UUID tillId, PosRequests.Return b, String key) {
        Till till = access.selling(actor, tillId);
        Shift shift = openShift(till);
        OrderView order = orders.find(actor.tenantId(), b.orderId())
                .orElseThrow(() -> Rejection.invalid("orderId", "pos.return.order-unknown"));
        OrderReturn done = orders.returnLines(new ReturnLines(actor.tenantId(), order.id(), actor, null,
                b.lines().stream().map(l -> new ReturnLines.Line(l.lineIndex(), l.quantity())).toList(),
                till.storeId(), b.restock(), b.reason(), key == null ? null : "pos:" + till.id() + ":" + key));
        Map<Tender, Long> refunded = refunded(actor, order, done);
        if (!refunded.isEmpty()) {
            money.record(actor.tenantId(), shift.id(), refunded.entrySet().stream().map(e -> new ShiftMoney.Entry(
                    ShiftMoney.Kind.REFUND, done.id(), order.id(), e.getKey(), e.getValue(), 0)).toList(),
                    ShiftDesk.now());
            events.publishEvent(new ReturnRecorded(actor.tenantId(), done.id(), order.id(), till.id(), shift.id(),
                    till.storeId(), done.amount(), refunded.getOrDefault(Tender.CASH, 0L), b.restock()));
        }
        return done;
    }

    /**
     * What each tender got back for the return, pending gateway refunds included: the order module refunded it under
     * the refund reference {@code return:<id>} of the order's payments ({@code order:<id>}), and asking the payment
     * module for that refund again answers the same refund, by its idempotency.
     */
    private Map<Tender, Long> refunded(Actor actor, OrderView order, OrderReturn done) {
        Map<Tender, Long> by = new EnumMap<>(Tender.class);
        if (done.status() != OrderReturn.Status.COMPLETED || done.amount() == 0) {
            return by;
        }
        Refund refund = payments.refund(new RefundPayment(actor.tenantId(), "order:" + order.id(),
                "return:" + done.id(), done.amount(), done.reason()));
        refund.parts().forEach(p -> by.merge(p.tender(), p.amount(), Long::sum));
        return by;
    }

    private Shift openShift(Till till) {
        return shifts.openOn(till.id()).orElseThrow(() -> Rejection.conflict("tillId", "pos.shift.none"));
    }
}

package io.oneshelf.pos.till;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.ReturnRecorded;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
        List<PlaceOrder.Line> lines = b.lines().stream().map(l -> new PlaceOrder.Line(l.skuId(), l.quantity(),
                l.discountFen() == null ? 0 : l.discountFen(), null)).toList();
        PlaceOrder command = TillSales.command(actor, till, b.customerId(), b.guideId(), lines, b.tenders(),
                b.note(), b.clientSaleId(), b.couponIds(), null);
        return sales.place(actor, new TillSales.Context(till, shift, b.clientSaleId(), ShiftDesk.now(), false,
                List.of()), command);
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
        // the payment ledger's reference of an order's tenders (the order module's convention, see Sale)
        String reference = "order:" + order.id();
        Map<UUID, Long> before = payments.payments(actor.tenantId(), reference).stream()
                .collect(Collectors.toMap(Payment::id, Payment::refunded));
        OrderReturn done = orders.returnLines(new ReturnLines(actor.tenantId(), order.id(), actor, null,
                b.lines().stream().map(l -> new ReturnLines.Line(l.lineIndex(), l.quantity())).toList(),
                till.storeId(), b.restock(), b.reason(), key == null ? null : "pos:" + till.id() + ":" + key));
        Map<Tender, Long> refunded = new EnumMap<>(Tender.class);
        for (Payment p : payments.payments(actor.tenantId(), reference)) {
            long now = p.refunded() - before.getOrDefault(p.id(), 0L);
            if (now > 0) {
                refunded.merge(p.tender(), now, Long::sum);
            }
        }
        if (!refunded.isEmpty()) {
            money.record(actor.tenantId(), shift.id(), refunded.entrySet().stream().map(e -> new ShiftMoney.Entry(
                    ShiftMoney.Kind.REFUND, done.id(), order.id(), e.getKey(), e.getValue(), 0)).toList(),
                    ShiftDesk.now());
            events.publishEvent(new ReturnRecorded(actor.tenantId(), done.id(), order.id(), till.id(), shift.id(),
                    till.storeId(), done.amount(), refunded.getOrDefault(Tender.CASH, 0L), b.restock()));
        }
        return done;
    }

    private Shift openShift(Till till) {
        return shifts.openOn(till.id()).orElseThrow(() -> Rejection.conflict("tillId", "pos.shift.none"));
    }
}

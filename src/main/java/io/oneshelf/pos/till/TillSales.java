package io.oneshelf.pos.till;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.SaleRecorded;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales at a till: each device sale (its {@code clientSaleId}) becomes one {@code POS} order of the till's store,
 * placed through the order module with the order's idempotency key {@code pos:<till>:<clientSaleId>} — so a
 * repeat, or two racing requests of the same sale, find the one order — and is then recorded in the shift it
 * counts in, with its tenders, once.
 */
@Service
class TillSales {

    /** A sale as placed: its order, whether it was there already, and what an offline sale could not keep. */
    record Sold(OrderView order, boolean duplicate, List<Conflicts.Found> conflicts) {
    }

    /** What a sale adds to an order: where it counts, when it was made, and what it could not keep as recorded. */
    record Context(Till till, Shift shift, UUID clientSaleId, OffsetDateTime recordedAt, boolean offline,
                   List<Conflicts.Found> conflicts) {
    }

    private final Orders orders;
    private final PosSales sales;
    private final ShiftMoney money;
    private final Conflicts conflicts;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    TillSales(Orders orders, PosSales sales, ShiftMoney money, Conflicts conflicts, TransactionTemplate tx,
              ApplicationEventPublisher events) {
        this.orders = orders;
        this.sales = sales;
        this.money = money;
        this.conflicts = conflicts;
        this.tx = tx;
        this.events = events;
    }

    /** The sale recorded already for the till's client sale id, if any: answered as it was. */
    java.util.Optional<Sold> earlier(Actor actor, UUID tillId, UUID clientSaleId) {
        return sales.find(tillId, clientSaleId).map(r -> new Sold(
                orders.find(actor.tenantId(), r.orderId()).orElseThrow(),
                true, conflicts.ofOrder(actor.tenantId(), r.orderId())));
    }

    /** Places the order (or finds the one placed for this sale before) and records it in the shift, once. */
    Sold place(Actor actor, Context c, PlaceOrder command) {
        checkTenders(command.tenders(), "tenders");
        OrderView order = orders.place(command);
        boolean first = Boolean.TRUE.equals(tx.execute(s -> record(actor, c, command, order)));
        return new Sold(order, !first, first ? c.conflicts() : conflicts.ofOrder(actor.tenantId(), order.id()));
    }

    static String key(UUID tillId, UUID clientSaleId) {
        return "pos:" + tillId + ":" + clientSaleId;
    }

    static PlaceOrder command(Actor actor, Till till, UUID customerId, UUID guideId, List<PlaceOrder.Line> lines,
                              List<PosRequests.TenderLine> tenders, String note, UUID clientSaleId,
                              List<UUID> couponIds, Long recordedTotal) {
        return new PlaceOrder(actor.tenantId(), actor, OrderChannel.POS, Fulfilment.IN_STORE, customerId,
                till.storeId(), guideId, lines, null, tenders.stream().map(t -> new PlaceOrder.TenderLine(
                        t.tender(), t.amount(), t.cashTendered(), t.reference(), t.authCode(), t.byQr())).toList(),
                note,
                key(till.id(), clientSaleId), null, couponIds,
                new PlaceOrder.AtTill(DiscountLimits.percent(actor.role()), recordedTotal, recordedTotal != null));
    }

    /** Cash covers its amount, and only cash has something tendered. Errors name {@code <at>[i].<field>}. */
    static void checkTenders(List<PlaceOrder.TenderLine> tenders, String at) {
        for (int i = 0; i < tenders.size(); i++) {
            PlaceOrder.TenderLine t = tenders.get(i);
            if (t.cashTendered() == null) {
                continue;
            }
            if (t.tender() != Tender.CASH) {
                throw Rejection.invalid(at + "[" + i + "].cashTendered", "pos.tender.cash-only");
            }
            if (t.cashTendered() < t.amount()) {
                throw Rejection.invalid(at + "[" + i + "].cashTendered", "pos.tender.cash-short");
            }
        }
    }

    private boolean record(Actor actor, Context c, PlaceOrder command, OrderView order) {
        OffsetDateTime now = ShiftDesk.now();
        PosSales.Recorded sale = new PosSales.Recorded(order.id(), order.number(), c.shift().id(), c.offline());
        // placed awaiting the till's QR: the row keeps the device sale's order; its money comes with the payment
        boolean awaiting = command.awaitsQr() && order.status() == io.oneshelf.order.OrderStatus.CREATED;
        if (!sales.insert(actor.tenantId(), c.till().id(), c.clientSaleId(), sale, c.recordedAt(), now, awaiting)) {
            return false;
        }
        if (awaiting) {
            return true;
        }
        money.record(actor.tenantId(), c.shift().id(), entries(order.id(), command.tenders()), now);
        c.conflicts().forEach(f -> conflicts.insert(actor.tenantId(), c.till(), order.id(), order.number(), f,
                c.recordedAt(), now));
        events.publishEvent(new SaleRecorded(actor.tenantId(), order.id(), order.number(), c.till().id(),
                c.shift().id(), c.till().storeId(), c.clientSaleId(), order.total(), c.offline(), c.recordedAt()));
        return true;
    }

    /** The tenders by kind (two card slips are one CARD entry), with the change given on cash. */
    static List<ShiftMoney.Entry> entries(UUID orderId, List<PlaceOrder.TenderLine> tenders) {
        Map<Tender, long[]> by = new EnumMap<>(Tender.class);
        for (PlaceOrder.TenderLine t : tenders) {
            long[] a = by.computeIfAbsent(t.tender(), k -> new long[2]);
            a[0] += t.amount();
            a[1] += t.cashTendered() == null ? 0 : t.cashTendered() - t.amount();
        }
        return by.entrySet().stream().map(e -> new ShiftMoney.Entry(ShiftMoney.Kind.SALE, orderId, orderId,
                e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}

package io.oneshelf.pos.till;

import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Texts;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The sync of the sales a till made offline, in the order given, each once per (till, client sale id): a replay
 * answers DUPLICATE with the same order, so an interrupted sync resumes by sending the rest again. A sale is
 * applied AS SOLD — recorded prices and total kept, stock posted even beyond the books — and what it could not keep
 * as recorded is flagged ({@link StockCheck}, {@link PriceCheck}, the brand's offline limits): never dropped, never
 * silently changed. Each sale counts in the shift open on the till when it was made (else the open one).
 */
@Service
class OfflineSync {

    enum Outcome { ACCEPTED, DUPLICATE }

    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    record Result(UUID clientSaleId, UUID orderId, String number, Outcome outcome, List<Conflicts.Found> conflicts) {
    }

    /** A void synced: the void it became, recorded now or by an earlier sync. */
    record VoidResult(UUID clientVoidId, UUID voidId, Outcome outcome) {
    }

    /** The sales' outcomes and the voids', each in the order given. */
    record Synced(List<Result> sales, List<VoidResult> voids) {
    }

    private final TillAccess access;
    private final Shifts shifts;
    private final TillSales sales;
    private final PosSettingsStore settings;
    private final StockCheck stock;
    private final PriceCheck prices;
    private final MemberCheck members;
    private final Voids voids;
    private final Texts texts;

    OfflineSync(TillAccess access, Shifts shifts, TillSales sales, PosSettingsStore settings, StockCheck stock,
                PriceCheck prices, MemberCheck members, Voids voids, Texts texts) {
        this.access = access;
        this.shifts = shifts;
        this.sales = sales;
        this.settings = settings;
        this.stock = stock;
        this.prices = prices;
        this.members = members;
        this.voids = voids;
        this.texts = texts;
    }

    /** The sales, then the voids (a void moves no money: where it falls among the sales changes nothing). */
    Synced sync(Actor actor, UUID tillId, List<PosRequests.OfflineSale> batch, List<PosRequests.OfflineVoid> voided) {
        // a till deactivated since still syncs what it sold: a sale is never dropped
        Till till = access.till(actor, tillId);
        OffsetDateTime now = ShiftDesk.now();
        for (int i = 0; i < batch.size(); i++) {
            check(batch.get(i), "sales[" + i + "]", now);
        }
        for (int i = 0; i < voided.size(); i++) {
            PosRequests.OfflineVoid v = voided.get(i);
            checkRecordedAt(v.recordedAt(), "voids[" + i + "].recordedAt", now);
            Voids.check(v.kind(), v.skuId(), v.quantity(), "voids[" + i + "].");
        }
        List<Result> sold = sales(actor, till, batch, now);
        List<VoidResult> done = voided.stream().map(v -> {
            Voids.Recorded r = voids.synced(actor, till, v);
            return new VoidResult(v.clientVoidId(), r.view().id(),
                    r.duplicate() ? Outcome.DUPLICATE : Outcome.ACCEPTED);
        }).toList();
        return new Synced(sold, done);
    }

    private List<Result> sales(Actor actor, Till till, List<PosRequests.OfflineSale> batch, OffsetDateTime now) {
        PosSettingsStore.PosSettings limits = settings.of(actor.tenantId());
        long offlineFen = 0;
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PosRequests.OfflineSale s = batch.get(i);
            var earlier = sales.earlier(actor, till.id(), s.clientSaleId());
            if (earlier.isPresent()) {
                results.add(result(s, earlier.get(), Outcome.DUPLICATE));
                continue;
            }
            offlineFen += s.total();
            Shift shift = shifts.openAt(till.id(), s.recordedAt()).or(() -> shifts.openOn(till.id()))
                    .orElseThrow(() -> Rejection.conflict("tillId", "pos.shift.none"));
            MemberCheck.Member member = members.check(actor, s.customerId());
            PlaceOrder command = TillSales.command(actor, till, member.customerId(), s.guideId(), lines(s),
                    s.tenders(), s.note(), s.clientSaleId(), s.couponIds(), s.total());
            List<Conflicts.Found> found = new ArrayList<>(member.conflicts());
            found.addAll(prices.check(actor, till, s, command));
            found.addAll(stock.check(actor, till, s.lines()));
            found.addAll(overLimit(limits, s, offlineFen, now));
            TillSales.Sold sold = sales.place(actor, new TillSales.Context(till, shift, s.clientSaleId(),
                    s.recordedAt(), true, found), command);
            results.add(result(s, sold, sold.duplicate() ? Outcome.DUPLICATE : Outcome.ACCEPTED));
        }
        return results;
    }

    /** Offline only cash and card; the tenders cover the recorded total, which the lines' amounts cover. */
    private static void check(PosRequests.OfflineSale s, String at, OffsetDateTime now) {
        checkRecordedAt(s.recordedAt(), at + ".recordedAt", now);
        long tendered = 0;
        for (int j = 0; j < s.tenders().size(); j++) {
            Tender t = s.tenders().get(j).tender();
            if (t != Tender.CASH && t != Tender.CARD) {
                throw Rejection.invalid(at + ".tenders[" + j + "].tender", "pos.offline.tender-unavailable", t);
            }
            tendered = Math.addExact(tendered, s.tenders().get(j).amount());
        }
        TillSales.checkTenders(s.tenders().stream().map(t -> new PlaceOrder.TenderLine(t.tender(), t.amount(),
                t.cashTendered(), t.reference())).toList(), at + ".tenders");
        long goods = 0;
        for (PosRequests.OfflineLine l : s.lines()) {
            goods = Math.addExact(goods, Math.multiplyExact(l.unitPrice(), l.quantity()));
        }
        if (s.total() > goods) {
            throw Rejection.invalid(at + ".total", "pos.offline.total-over-goods", Message.yuan(goods));
        }
        if (tendered != s.total()) {
            throw Rejection.invalid(at + ".tenders", "order.tenders.sum", Message.yuan(tendered),
                    Message.yuan(s.total()));
        }
    }

    /** A device's clock may be a little ahead; a sale older than a year is not a queued sale but a bad clock. */
    private static void checkRecordedAt(OffsetDateTime recordedAt, String field, OffsetDateTime now) {
        if (recordedAt.isAfter(now.plus(CLOCK_SKEW)) || recordedAt.isBefore(now.minusYears(1))) {
            throw Rejection.invalid(field, "pos.offline.recorded-at");
        }
    }

    private List<Conflicts.Found> overLimit(PosSettingsStore.PosSettings limits, PosRequests.OfflineSale s,
                                            long offlineFen, OffsetDateTime now) {
        List<Conflicts.Found> found = new ArrayList<>();
        long hours = Duration.between(s.recordedAt(), now).toHours();
        if (hours >= limits.maxOfflineHours()) {
            found.add(new Conflicts.Found(Conflicts.Kind.OVER_LIMIT, texts.text(Message.of(
                    "pos.conflict.over-hours", hours, limits.maxOfflineHours()))));
        }
        if (offlineFen > limits.maxOfflineAmountFen()) {
            found.add(new Conflicts.Found(Conflicts.Kind.OVER_LIMIT, texts.text(Message.of(
                    "pos.conflict.over-amount", Message.yuan(offlineFen), Message.yuan(limits.maxOfflineAmountFen())))));
        }
        // one conflict of a kind per sale: the first reason says enough, the manager sees the sale
        return found.isEmpty() ? found : List.of(found.get(0));
    }

    private static List<PlaceOrder.Line> lines(PosRequests.OfflineSale s) {
        return s.lines().stream().map(l -> new PlaceOrder.Line(l.skuId(), l.quantity(),
                l.discountFen() == null ? 0 : l.discountFen(), l.unitPrice())).toList();
    }

    private static Result result(PosRequests.OfflineSale s, TillSales.Sold sold, Outcome outcome) {
        OrderView o = sold.order();
        return new Result(s.clientSaleId(), o.id(), o.number(), outcome, sold.conflicts());
    }
}

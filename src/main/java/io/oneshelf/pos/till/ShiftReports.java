package io.oneshelf.pos.till;

import io.oneshelf.payment.Tender;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.till.ShiftMoney.Kind;
import io.oneshelf.pos.till.ShiftViews.ShiftReport;
import io.oneshelf.pos.till.ShiftViews.ShiftView;
import io.oneshelf.pos.till.ShiftViews.TenderTotal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Adds up the money of shifts: tender totals, counts, and the cash the drawer should hold. */
@Component
class ShiftReports {

    private final ShiftMoney money;
    private final Tills tills;
    private final TillAccess access;

    ShiftReports(ShiftMoney money, Tills tills, TillAccess access) {
        this.money = money;
        this.tills = tills;
        this.access = access;
    }

    /** The money of some shifts together. */
    record Sums(long salesCount, long returnsCount, long salesFen, long refundsFen, List<TenderTotal> tenders,
                long cashNetFen) {
    }

    Sums sums(Collection<UUID> shiftIds) {
        if (shiftIds.isEmpty()) {
            return new Sums(0, 0, 0, 0, List.of(), 0);
        }
        Map<Tender, long[]> byTender = new EnumMap<>(Tender.class);
        long sales = 0;
        long refunds = 0;
        for (ShiftMoney.Total t : money.totals(shiftIds)) {
            long[] sr = byTender.computeIfAbsent(t.tender(), k -> new long[2]);
            if (t.kind() == Kind.SALE) {
                sr[0] += t.amount();
                sales += t.amount();
            } else {
                sr[1] += t.amount();
                refunds += t.amount();
            }
        }
        List<TenderTotal> tenders = byTender.entrySet().stream()
                .map(e -> new TenderTotal(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] - e.getValue()[1])).toList();
        // a cash tender's amount is what it paid: the cash taken less the change given back
        long cashNet = byTender.containsKey(Tender.CASH) ? byTender.get(Tender.CASH)[0] - byTender.get(Tender.CASH)[1]
                : 0;
        return new Sums(money.count(shiftIds, Kind.SALE), money.count(shiftIds, Kind.REFUND), sales, refunds,
                tenders, cashNet);
    }

    /** The cash the shift's drawer should hold now: the float and the cash net of change and refunds. */
    long expectedCash(Shift s) {
        return s.floatFen() + sums(List.of(s.id())).cashNetFen();
    }

    ShiftView view(Actor actor, Shift s) {
        String till = tills.find(s.brandId(), s.tillId()).map(Till::name).orElse(null);
        return new ShiftView(s.id(), s.tillId(), till, s.storeId(), access.storeName(actor, s.storeId()),
                s.staffId(), s.staffName(), s.status(), s.floatFen(), s.openedAt(), s.closedAt(), s.version(),
                s.overShortFen());
    }

    ShiftReport report(Actor actor, Shift s) {
        ShiftView v = view(actor, s);
        Sums sums = sums(List.of(s.id()));
        // a closed shift keeps the expectation it was closed against
        long expected = s.expectedCashFen() != null ? s.expectedCashFen() : s.floatFen() + sums.cashNetFen();
        return new ShiftReport(v.id(), v.tillId(), v.tillName(), v.storeId(), v.storeName(), v.staffId(),
                v.staffName(), v.status(), v.floatFen(), v.openedAt(), v.closedAt(), v.version(), sums.salesCount(),
                sums.returnsCount(), sums.salesFen(), sums.refundsFen(), sums.tenders(), expected,
                s.countedCashFen(), s.overShortFen(), s.counted(), s.note());
    }
}

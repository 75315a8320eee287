package io.oneshelf.settlement.ledger;

import io.oneshelf.settlement.Owner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the ledger's sums per direction into one row per pair of owners: what each owes the other over the
 * period and the net, named so that the debtor owes a positive net (or, all square, with the brand first).
 */
final class SettlementReport {

    private SettlementReport() {
    }

    static List<SettlementViews.PairRow> pairs(List<SettlementLedger.Direction> directions, Names names) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Owner[]> parties = new LinkedHashMap<>();
        for (SettlementLedger.Direction d : directions) {
            boolean ordered = key(d.debtor()).compareTo(key(d.creditor())) < 0;
            Owner first = ordered ? d.debtor() : d.creditor();
            Owner second = ordered ? d.creditor() : d.debtor();
            String pair = key(first) + "|" + key(second);
            parties.putIfAbsent(pair, new Owner[] {first, second});
            long[] sum = sums.computeIfAbsent(pair, k -> new long[3]);
            sum[ordered ? 0 : 1] += d.amount();
            sum[2] += d.entries();
        }
        List<SettlementViews.PairRow> rows = new ArrayList<>();
        sums.forEach((pair, sum) -> {
            Owner[] p = parties.get(pair);
            boolean firstOwes = sum[0] >= sum[1];
            Owner debtor = firstOwes ? p[0] : p[1];
            Owner creditor = firstOwes ? p[1] : p[0];
            long owed = firstOwes ? sum[0] : sum[1];
            long owedBack = firstOwes ? sum[1] : sum[0];
            rows.add(new SettlementViews.PairRow(names.owner(debtor), names.owner(creditor), owed, owedBack,
                    owed - owedBack, sum[2]));
        });
        rows.sort(Comparator.comparingLong(SettlementViews.PairRow::net).reversed()
                .thenComparing(r -> String.valueOf(r.debtor().name()))
                .thenComparing(r -> String.valueOf(r.creditor().name())));
        return rows;
    }

    /** Orders owners so that the brand comes before its franchisees, then by id. */
    private static String key(Owner o) {
        return (o.kind() == Owner.Kind.BRAND ? "0" : "1") + o.id();
    }
}

package io.oneshelf.catalog.price;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a SKU's set of price rows obeys on save: each row carries exactly the key of its kind, a period
 * that ends after it starts, no two rows of one rule start at the same instant, and store prices exist only as
 * far as the brand's price policy permits them against every list price valid in the same period.
 */
final class PriceSheet {

    private PriceSheet() {
    }

    static List<PriceRow> checked(List<PriceRow> rows, PricePolicy policy) {
        Set<String> starts = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PriceRow row = rows.get(i);
            String field = "prices[" + i + "]";
            checkKey(row, field);
            if (row.validFrom() != null && row.validTo() != null && !row.validFrom().isBefore(row.validTo())) {
                throw Rejection.invalid(field + ".validTo", "price.valid-to-before-from");
            }
            if (!starts.add(row.kind() + "/" + row.key() + "/" + row.validFrom())) {
                throw Rejection.invalid(field + ".validFrom", "price.same-start");
            }
            if (row.kind() == PriceKind.STORE) {
                checkStorePrice(row, field, rows, policy);
            }
        }
        return rows;
    }

    private static void checkKey(PriceRow row, String field) {
        boolean tier = row.tierCode() != null;
        boolean channel = row.channel() != null;
        boolean store = row.storeId() != null;
        if (tier != (row.kind() == PriceKind.TIER)) {
            throw Rejection.invalid(field + ".tierCode", tier ? "price.tier-only" : "validation.required");
        }
        if (channel != (row.kind() == PriceKind.CHANNEL)) {
            throw Rejection.invalid(field + ".channel", channel ? "price.channel-only" : "validation.required");
        }
        if (store != (row.kind() == PriceKind.STORE)) {
            throw Rejection.invalid(field + ".storeId", store ? "price.store-only" : "validation.required");
        }
    }

    private static void checkStorePrice(PriceRow row, String field, List<PriceRow> rows, PricePolicy policy) {
        if (policy.storeOverride() == PricePolicy.StoreOverride.FORBIDDEN) {
            throw Rejection.invalid(field + ".priceFen", "price.store-forbidden");
        }
        List<PriceRow> lists = rows.stream().filter(r -> r.kind() == PriceKind.LIST && r.overlaps(row)).toList();
        if (lists.isEmpty()) {
            throw Rejection.invalid(field + ".priceFen", "price.needs-list");
        }
        for (PriceRow list : lists) {
            if (!policy.permits(row.priceFen(), list.priceFen())) {
                throw Rejection.invalid(field + ".priceFen", "price.outside-band",
                        policy.bandPercent(), Message.yuan(list.priceFen()));
            }
        }
    }
}

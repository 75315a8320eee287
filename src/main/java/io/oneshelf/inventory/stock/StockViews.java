package io.oneshelf.inventory.stock;

import java.util.List;
import java.util.UUID;

/** Read-only answers about stock that are not a single balance or movement. */
final class StockViews {

    private StockViews() {
    }

    /** A SKU x location where the balance does not equal the sums of its ledger; a healthy tenant has none. */
    record Difference(UUID skuId, UUID locationId, long onHand, long reserved, long ledgerOnHand,
                      long ledgerReserved) {
    }

    record Reconciliation(int balancesChecked, List<Difference> differences) {
    }

    record PlaceStock(UUID placeId, String kind, String code, String name, boolean sharedWithOnline,
                      long available) {
    }

    /** What the online channel may sell of a SKU, and where it is on the shelf for pick-up in store. */
    record OnlineStock(UUID skuId, long onlineSellable, List<PlaceStock> places) {
    }
}

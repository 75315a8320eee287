package io.oneshelf.inventory.stock;

import java.util.UUID;

/**
 * A store or warehouse as a holder of stock: whether the online channel may sell its stock and how much it keeps
 * back (safety stock) from reservations. A place never configured has the defaults: not shared, no safety stock.
 */
record StockLocation(UUID placeId, String kind, String code, String name, boolean sharedWithOnline,
                     long safetyStock, boolean configured) {
}

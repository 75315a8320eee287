package io.oneshelf.inventory.stocktake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stocktake as the API shows it. {@code difference} previews what posting would change now (counted minus
 * on hand now, see {@link Stocktake}); null for an uncounted line and once the stocktake is no longer open.
 */
record StocktakeView(UUID id, UUID placeId, String placeName, StocktakeStatus status, int lineCount,
                     int countedCount, List<UUID> uncountedSkuIds, List<LineView> lines, int version,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    record LineView(UUID skuId, String skuCode, String skuName, long bookQuantity, Long countedQuantity,
                    Long onHandNow, Long difference) {
    }

    /** A list entry: everything but the lines. */
    StocktakeView summary() {
        return new StocktakeView(id, placeId, placeName, status, lineCount, countedCount, uncountedSkuIds, null,
                version, createdAt, updatedAt);
    }
}

package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A stocktake (盤點) was posted: each counted SKU's on-hand stock at the place now equals its count. */
@EventType("inventory.stocktake.posted")
public record StocktakePosted(UUID brandId, UUID stocktakeId, UUID placeId, List<Line> lines)
        implements BusinessEvent {

    /**
     * One counted SKU.
     *
     * @param difference counted - on hand at posting, the change posted to the ledger (0: none)
     */
    public record Line(UUID skuId, String skuCode, long countedQuantity, long difference) {
    }

    @Override
    public UUID aggregateId() {
        return stocktakeId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(placeId);
    }
}

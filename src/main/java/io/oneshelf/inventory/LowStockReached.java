package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A balance fell to or below its safety stock: what is still available (on hand - reserved - safety stock) was
 * above the safety stock before the posting and is at most the safety stock after it, as the low-stock list
 * counts it. Published once per crossing, not for every movement while it stays low.
 */
@EventType("inventory.stock.low")
public record LowStockReached(UUID brandId, UUID skuId, String skuCode, UUID locationId, long onHand,
                              long reserved, long safetyStock, long available) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return skuId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(locationId);
    }
}

package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * Goods arrived at a place and were put on its on-hand stock (a receipt, or the opening stock a brand starts with).
 *
 * @param movementId the ledger row that records it
 */
@EventType("inventory.stock.received")
public record StockReceived(UUID brandId, UUID movementId, UUID skuId, String skuCode, UUID locationId,
                            long quantity, String reference) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return skuId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(locationId);
    }
}

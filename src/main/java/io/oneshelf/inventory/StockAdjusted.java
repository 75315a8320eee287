package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * On-hand stock at a place was corrected by hand (damage, loss, a miscount).
 *
 * @param quantity signed: negative takes stock away
 * @param correctsId the movement this one corrects, if any
 */
@EventType("inventory.stock.adjusted")
public record StockAdjusted(UUID brandId, UUID movementId, UUID skuId, String skuCode, UUID locationId,
                            long quantity, String reason, UUID correctsId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return skuId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(locationId);
    }
}

package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A variant stopped being sold (停用); its stock and history stay, earlier holds still go through. */
@EventType("catalog.sku.deactivated")
public record SkuDeactivated(UUID brandId, UUID productId, UUID skuId, String code) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A deactivated variant is sold again. */
@EventType("catalog.sku.activated")
public record SkuActivated(UUID brandId, UUID productId, UUID skuId, String code) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

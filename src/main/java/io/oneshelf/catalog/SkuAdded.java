package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A variant was added to an existing product (a new spec value or one combination).
 *
 * @param listPriceFen the standing list price it was added with, null when none
 */
@EventType("catalog.sku.added")
public record SkuAdded(UUID brandId, UUID productId, UUID skuId, String code, String name, Map<String, String> specs,
                       List<String> barcodes, Long listPriceFen) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

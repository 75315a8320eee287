package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A barcode no longer names a variant. */
@EventType("catalog.sku.barcode-removed")
public record SkuBarcodeRemoved(UUID brandId, UUID productId, UUID skuId, String code, String barcode)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A barcode now names a variant: a scan of it finds the SKU. */
@EventType("catalog.sku.barcode-added")
public record SkuBarcodeAdded(UUID brandId, UUID productId, UUID skuId, String code, String barcode)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

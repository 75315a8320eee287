package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A product (SPU) was created as a draft, with the variants generated from its spec attributes. */
@EventType("catalog.product.created")
public record ProductCreated(UUID brandId, UUID productId, String code, String name, UUID categoryId,
                             UUID productBrandId, String unit, Set<SalesChannel> channels, List<Variant> skus)
        implements BusinessEvent {

    /** One variant as it was created. */
    public record Variant(UUID skuId, String code, String name, Map<String, String> specs, List<String> barcodes) {
    }

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

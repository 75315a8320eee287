package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.Set;
import java.util.UUID;

/** A product's facts were edited (name, category, product brand, unit, description, channels); its SKUs stay. */
@EventType("catalog.product.changed")
public record ProductChanged(UUID brandId, UUID productId, String code, String name, UUID categoryId,
                             UUID productBrandId, String unit, String description, Set<SalesChannel> channels)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

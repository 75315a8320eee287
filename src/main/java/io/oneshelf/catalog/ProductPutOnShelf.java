package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A product went on shelf (上架): its active SKUs can be sold through its channels. */
@EventType("catalog.product.put-on-shelf")
public record ProductPutOnShelf(UUID brandId, UUID productId, String code, Set<SalesChannel> channels,
                                List<UUID> activeSkuIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

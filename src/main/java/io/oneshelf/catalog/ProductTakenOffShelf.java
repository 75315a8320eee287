package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A product came off shelf (下架): none of its SKUs is offered any more. */
@EventType("catalog.product.taken-off-shelf")
public record ProductTakenOffShelf(UUID brandId, UUID productId, String code) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return productId;
    }
}

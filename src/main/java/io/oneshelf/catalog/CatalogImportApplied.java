package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * A catalog sheet was applied, all of it; each product and SKU it created or changed has its own event in the
 * same transaction, before this one.
 */
@EventType("catalog.import.applied")
public record CatalogImportApplied(UUID brandId, UUID importId, int productsCreated, int productsUpdated,
                                   int skusCreated, int skusUpdated) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return importId;
    }
}

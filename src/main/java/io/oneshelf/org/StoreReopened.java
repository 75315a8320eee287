package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A closed store was opened again. */
@EventType("org.store.reopened")
public record StoreReopened(UUID brandId, UUID storeId, String code) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return storeId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

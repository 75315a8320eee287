package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A store was closed: it no longer sells, and its stock stops counting for online. */
@EventType("org.store.closed")
public record StoreClosed(UUID brandId, UUID storeId, String code, String reason) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return storeId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

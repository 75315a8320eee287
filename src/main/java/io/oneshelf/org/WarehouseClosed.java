package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A warehouse was closed. */
@EventType("org.warehouse.closed")
public record WarehouseClosed(UUID brandId, UUID warehouseId, String code, String reason) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return warehouseId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(warehouseId);
    }
}

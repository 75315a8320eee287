package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A warehouse was created. */
@EventType("org.warehouse.created")
public record WarehouseCreated(UUID brandId, UUID warehouseId, String code, String name, UUID regionId, String address,
        BigDecimal latitude, BigDecimal longitude) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return warehouseId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(warehouseId);
    }
}

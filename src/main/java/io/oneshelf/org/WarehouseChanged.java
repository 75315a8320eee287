package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A warehouse's details were edited; the event carries all of them as they now are. */
@EventType("org.warehouse.changed")
public record WarehouseChanged(UUID brandId, UUID warehouseId, String code, String name, UUID regionId, String address,
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

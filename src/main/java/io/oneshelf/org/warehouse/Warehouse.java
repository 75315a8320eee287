package io.oneshelf.org.warehouse;

import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stock-holding place that does not sell to walk-in customers; ships to stores and online customers. */
record Warehouse(UUID id, String code, String name, UUID regionId, String regionName,
                 String address, BigDecimal latitude, BigDecimal longitude, WarehouseStatus status,
                 String closedReason, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    enum WarehouseStatus { ACTIVE, CLOSED }

    Warehouse close(String reason) {
        if (status == WarehouseStatus.CLOSED) {
            throw Rejection.conflict("status", "org.warehouse.already-closed");
        }
        return new Warehouse(id, code, name, regionId, regionName, address, latitude, longitude,
                WarehouseStatus.CLOSED, reason, version, createdAt, updatedAt);
    }

    Warehouse edit(String newName, UUID newRegionId, String newAddress, BigDecimal lat, BigDecimal lng) {
        if (status == WarehouseStatus.CLOSED) {
            throw Rejection.conflict("status", "org.warehouse.closed-no-edit");
        }
        return new Warehouse(id, code, newName, newRegionId, regionName, newAddress, lat, lng, status,
                closedReason, version, createdAt, updatedAt);
    }
}

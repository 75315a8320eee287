package io.oneshelf.org.store;

import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A physical shop of the brand, run by the brand itself (direct) or by a franchisee. Guards its own
 * transitions: a closed store cannot be closed again or edited until reopened.
 */
record Store(UUID id, String code, String name, StoreKind kind, UUID regionId, String regionName,
             UUID franchiseeId, String franchiseeName, String address, BigDecimal latitude, BigDecimal longitude,
             LocalTime opensAt, LocalTime closesAt, String phone, StoreStatus status, String closedReason,
             int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    enum StoreKind { DIRECT, FRANCHISED }

    enum StoreStatus { OPEN, CLOSED }

    Store close(String reason) {
        if (status == StoreStatus.CLOSED) {
            throw Rejection.conflict("status", "org.store.already-closed");
        }
        return withStatus(StoreStatus.CLOSED, reason);
    }

    Store reopen() {
        if (status == StoreStatus.OPEN) {
            throw Rejection.conflict("status", "org.store.already-open");
        }
        return withStatus(StoreStatus.OPEN, null);
    }

    Store edit(StoreDetails d) {
        if (status == StoreStatus.CLOSED) {
            throw Rejection.conflict("status", "org.store.closed-no-edit");
        }
        return new Store(id, code, d.name(), d.kind(), d.regionId(), regionName, d.franchiseeId(),
                franchiseeName, d.address(), d.latitude(), d.longitude(), d.opensAt(), d.closesAt(), d.phone(),
                status, closedReason, version, createdAt, updatedAt);
    }

    private Store withStatus(StoreStatus next, String reason) {
        return new Store(id, code, name, kind, regionId, regionName, franchiseeId, franchiseeName, address,
                latitude, longitude, opensAt, closesAt, phone, next, reason, version, createdAt, updatedAt);
    }
}

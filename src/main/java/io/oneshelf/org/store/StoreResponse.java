package io.oneshelf.org.store;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.oneshelf.org.store.Store.StoreKind;
import io.oneshelf.org.store.Store.StoreStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A store as the API shows it: opening hours to the minute ({@code 09:00}), as the console edits them. */
@Schema(name = "Store")
record StoreResponse(UUID id, String code, String name, StoreKind kind, UUID regionId, String regionName,
                     UUID franchiseeId, String franchiseeName, String address, BigDecimal latitude,
                     BigDecimal longitude, @JsonFormat(pattern = "HH:mm") LocalTime opensAt,
                     @JsonFormat(pattern = "HH:mm") LocalTime closesAt, String phone, StoreStatus status,
                     String closedReason, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static StoreResponse of(Store s) {
        return new StoreResponse(s.id(), s.code(), s.name(), s.kind(), s.regionId(), s.regionName(),
                s.franchiseeId(), s.franchiseeName(), s.address(), s.latitude(), s.longitude(), s.opensAt(),
                s.closesAt(), s.phone(), s.status(), s.closedReason(), s.version(), s.createdAt(), s.updatedAt());
    }
}

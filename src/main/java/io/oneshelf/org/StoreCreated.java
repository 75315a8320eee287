package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A store was opened in the organisation (DIRECT or FRANCHISED, with the franchisee that runs it). */
@EventType("org.store.created")
public record StoreCreated(UUID brandId, UUID storeId, String code, String name, String kind, UUID regionId,
        UUID franchiseeId, String address, BigDecimal latitude, BigDecimal longitude, LocalTime opensAt,
        LocalTime closesAt, String phone) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return storeId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

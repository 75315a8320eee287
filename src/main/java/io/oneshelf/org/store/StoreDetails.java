package io.oneshelf.org.store;

import io.oneshelf.org.store.Store.StoreKind;
import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;

/** The editable facts of a store, shared by create and edit, with the rules that span several fields. */
record StoreDetails(String name, StoreKind kind, UUID regionId, UUID franchiseeId, String address,
                    BigDecimal latitude, BigDecimal longitude, LocalTime opensAt, LocalTime closesAt, String phone) {

    StoreDetails validated() {
        if (kind == StoreKind.FRANCHISED && franchiseeId == null) {
            throw Rejection.invalid("franchiseeId", "org.store.franchisee-required");
        }
        if (kind == StoreKind.DIRECT && franchiseeId != null) {
            throw Rejection.invalid("franchiseeId", "org.store.franchisee-direct");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw Rejection.invalid("closesAt", "org.store.closes-before-opens");
        }
        return this;
    }
}

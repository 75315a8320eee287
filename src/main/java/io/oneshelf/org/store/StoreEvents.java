package io.oneshelf.org.store;

import java.util.UUID;

import io.oneshelf.org.StoreChanged;
import io.oneshelf.org.StoreClosed;
import io.oneshelf.org.StoreCreated;
import io.oneshelf.org.StoreReopened;

/** The organisation's published events about a store, made from the store as saved. */
final class StoreEvents {

    private StoreEvents() {
    }

    static StoreCreated created(UUID tenant, Store s) {
        return new StoreCreated(tenant, s.id(), s.code(), s.name(), s.kind().name(), s.regionId(),
                s.franchiseeId(), s.address(), s.latitude(), s.longitude(), s.opensAt(), s.closesAt(), s.phone());
    }

    static StoreChanged changed(UUID tenant, Store s) {
        return new StoreChanged(tenant, s.id(), s.code(), s.name(), s.kind().name(), s.regionId(),
                s.franchiseeId(), s.address(), s.latitude(), s.longitude(), s.opensAt(), s.closesAt(), s.phone());
    }

    static StoreClosed closed(UUID tenant, Store s) {
        return new StoreClosed(tenant, s.id(), s.code(), s.closedReason());
    }

    static StoreReopened reopened(UUID tenant, Store s) {
        return new StoreReopened(tenant, s.id(), s.code());
    }
}

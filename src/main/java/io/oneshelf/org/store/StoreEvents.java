package io.oneshelf.org.store;

import io.oneshelf.org.StoreChanged;
import io.oneshelf.org.StoreClosed;
import io.oneshelf.org.StoreCreated;
import io.oneshelf.org.StoreReopened;

/** The organisation's published events about a store, made from the store as saved. */
final class StoreEvents {

    private StoreEvents() {
    }

    static StoreCreated created(Store s) {
        return new StoreCreated(s.tenantId(), s.id(), s.code(), s.name(), s.kind().name(), s.regionId(),
                s.franchiseeId(), s.address(), s.latitude(), s.longitude(), s.opensAt(), s.closesAt(), s.phone());
    }

    static StoreChanged changed(Store s) {
        return new StoreChanged(s.tenantId(), s.id(), s.code(), s.name(), s.kind().name(), s.regionId(),
                s.franchiseeId(), s.address(), s.latitude(), s.longitude(), s.opensAt(), s.closesAt(), s.phone());
    }

    static StoreClosed closed(Store s) {
        return new StoreClosed(s.tenantId(), s.id(), s.code(), s.closedReason());
    }

    static StoreReopened reopened(Store s) {
        return new StoreReopened(s.tenantId(), s.id(), s.code());
    }
}

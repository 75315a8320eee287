package io.oneshelf.org;

import java.util.UUID;

/** A store or warehouse: a place that can hold stock. */
public record PlaceRef(UUID id, Kind kind, String code, String name, UUID regionId, UUID franchiseeId, boolean open) {

    public enum Kind { STORE, WAREHOUSE }
}

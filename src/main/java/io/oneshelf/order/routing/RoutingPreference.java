package io.oneshelf.order.routing;

/** Which places an express parcel comes from first, when several could send it all. */
public enum RoutingPreference {
    /** Warehouses first (nearest first), then stores. */
    PREFER_WAREHOUSE,
    /** Stores nearest first, then warehouses. */
    PREFER_STORES
}

package io.oneshelf.order.routing;

/** How an order reaches its customer. */
public enum Fulfilment {
    /** A parcel from a warehouse or a store, per the brand's rules. */
    EXPRESS,
    /** Same-city delivery (O2O) from the nearest store with stock within the maximum distance. */
    SAME_CITY,
    /** Bought online, picked up at the chosen store (BOPIS). */
    PICKUP,
    /** A till sale: the till's store, taken now. */
    IN_STORE
}

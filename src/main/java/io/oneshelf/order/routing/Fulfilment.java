package io.oneshelf.order.routing;

/**
 * How an order reaches the customer; each has its own routing rule (see {@link OrderRouter}). Part of placing an
 * order, so other modules (the POS) name it: the named interface {@code order::fulfilment}.
 */
@org.springframework.modulith.NamedInterface("fulfilment")
public enum Fulfilment {
    /** A parcel from a warehouse or a store, by the brand's preference; split when no single place can serve it. */
    EXPRESS,
    /** Same-city delivery (O2O) from the nearest store with every item within the brand's maximum distance. */
    SAME_CITY,
    /** Bought online, picked up at the chosen store (BOPIS). */
    PICKUP,
    /** A till sale: the till's store, taken now. */
    IN_STORE,
    /**
     * A service voucher (e.g. five car washes) bought online or through a guide and redeemed at the chosen store
     * later (線上預訂·線下消費): routed like a pickup at that store, whose stock of the SKU is what it can still
     * sell of the service; nothing is shipped or picked up (decision 0033).
     */
    VOUCHER
}

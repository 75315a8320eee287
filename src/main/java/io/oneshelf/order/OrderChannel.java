package io.oneshelf.order;

import io.oneshelf.catalog.SalesChannel;

/** Where an order was made; each sells through the catalog's channel of the same kind (its channel price). */
public enum OrderChannel {
    /** The storefront (online mall), by the customer. */
    ONLINE(SalesChannel.ONLINE_MALL),
    /** The till of a store, by a cashier; paid at once. */
    POS(SalesChannel.POS),
    /** Built by a shopping guide for a customer who pays by link (代客下單). */
    GUIDE(SalesChannel.GUIDE);

    private final SalesChannel salesChannel;

    OrderChannel(SalesChannel salesChannel) {
        this.salesChannel = salesChannel;
    }

    public SalesChannel salesChannel() {
        return salesChannel;
    }
}

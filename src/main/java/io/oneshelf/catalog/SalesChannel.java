package io.oneshelf.catalog;

/** The channels a product may be sold through; each product says which of them offer it. */
public enum SalesChannel {
    ONLINE_MALL, POS, GUIDE, GROUP_BUY
}

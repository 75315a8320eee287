package io.oneshelf.catalog.price;

/** The kinds of price rule, in the order resolution applies them (see {@link PriceResolution}). */
public enum PriceKind {
    LIST, CHANNEL, STORE, TIER
}

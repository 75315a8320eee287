package io.oneshelf.catalog.price;

/**
 * The brand's rule on store prices (同價): FORBIDDEN keeps one price everywhere; WITHIN_BAND lets a store set
 * its own price no further than {@code bandPercent} per cent above or below the list price.
 */
public record PricePolicy(StoreOverride storeOverride, int bandPercent) {

    public enum StoreOverride { FORBIDDEN, WITHIN_BAND }

    /** The policy of a brand that never chose one: one price everywhere. */
    public static final PricePolicy UNIFIED = new PricePolicy(StoreOverride.FORBIDDEN, 0);

    /** Whether a store may charge {@code storeFen} where the list price is {@code listFen}; integer arithmetic. */
    public boolean permits(long storeFen, long listFen) {
        if (storeOverride == StoreOverride.FORBIDDEN) {
            return false;
        }
        return Math.abs(storeFen - listFen) * 100 <= listFen * bandPercent;
    }
}

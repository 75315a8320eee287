package io.oneshelf.loyalty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loyalty (tiers and points) for the tests that walk every endpoint ({@code EndpointWalk}): a valid body for every
 * mutating endpoint. The brand's rules are at version 0 until first saved: a change that reached the owner's brand
 * would show in its snapshot (the rules' tables, see {@link #TABLES}).
 */
public final class LoyaltyObjects {

    /** The owner's loyalty tables a walk could change (ledgers move with the owner's own orders, so not those). */
    public static final List<String> TABLES = List.of("loyalty_tier_rules", "loyalty_tier", "points_rules",
            "points_category_rate");

    private LoyaltyObjects() {
    }

    public static Map<String, Object> sampleBodies() {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("PUT /api/v1/loyalty/tier-rules", Map.of("windowMonths", 12, "keepMonths", 6, "version", 0,
                "tiers", List.of(Map.of("code", "GOLD", "name", "Gold", "threshold", 0, "multiplierPercent", 150,
                        "freeShipping", true, "birthdayPoints", 100))));
        bodies.put("PUT /api/v1/loyalty/points-rules", Map.of("earnPerYuan", 2, "redeemPerYuan", 100,
                "maxRedeemPercent", 30, "expiryMonths", 12, "categoryRates", List.of(), "version", 0));
        return bodies;
    }
}

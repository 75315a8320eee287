package io.oneshelf.order.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A brand's order routing rule. A brand that never set one has {@link #DEFAULTS} at version 0.
 *
 * @param sameCityMaxKm   the farthest a same-city delivery may come from, in km (one decimal)
 * @param franchiseBuffer with {@link FranchiseStockRule#ABOVE_BUFFER}: how much of each SKU a franchised store
 *                        keeps for itself
 */
public record RoutingRule(
        @Schema(description = "Which places an express parcel comes from first", requiredMode = Schema.RequiredMode.REQUIRED)
        RoutingPreference preference,
        @Schema(description = "Same-city delivery comes from a store at most this far from the address (km)",
                example = "5.0", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal sameCityMaxKm,
        @Schema(description = "When online orders may draw on a franchised store's stock",
                requiredMode = Schema.RequiredMode.REQUIRED)
        FranchiseStockRule franchiseStock,
        @Schema(description = "With ABOVE_BUFFER: units of each SKU a franchised store keeps for itself",
                example = "5", requiredMode = Schema.RequiredMode.REQUIRED)
        long franchiseBuffer,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int version) {

    /** The rule of a brand that never chose one. */
    public static final RoutingRule DEFAULTS = new RoutingRule(RoutingPreference.PREFER_WAREHOUSE,
            new BigDecimal("5.0"), FranchiseStockRule.NEVER, 0, 0);

    /** How much of {@code available} online orders may take from a place run by a franchisee. */
    public long franchiseUsable(long available) {
        return switch (franchiseStock) {
            case NEVER -> 0;
            case ABOVE_BUFFER -> Math.max(0, available - franchiseBuffer);
            case ALWAYS -> available;
        };
    }
}

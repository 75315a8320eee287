package io.oneshelf.order.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The bodies of routing rule requests. */
final class RoutingRuleRequests {

    private RoutingRuleRequests() {
    }

    record EditRoutingRule(
            @NotNull RoutingPreference preference,
            @NotNull @DecimalMin("0.1") @DecimalMax("100")
            @Digits(integer = 3, fraction = 1, message = "{validation.one-decimal}")
            @Schema(description = "km, 0.1 to 100, at most one decimal", example = "5.0")
            BigDecimal sameCityMaxKm,
            @NotNull FranchiseStockRule franchiseStock,
            @NotNull @Min(0) @Max(1_000_000)
            @Schema(description = "Units of each SKU a franchised store keeps; used with ABOVE_BUFFER", example = "5")
            Long franchiseBuffer,
            @NotNull Integer version) {

        RoutingRule rule() {
            return new RoutingRule(preference, sameCityMaxKm, franchiseStock, franchiseBuffer, version);
        }
    }
}

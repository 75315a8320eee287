package io.oneshelf.loyalty.points;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the points endpoints. */
final class PointsRequests {

    private PointsRequests() {
    }

    /**
     * The brand's points rules: points per yuan paid, points that pay one yuan, the largest share of an order points
     * may pay (percent), months after which points expire (0: never), rates of categories in percent of the brand's.
     */
    record EditPointsRules(@NotNull @Min(0) @Max(1000) Integer earnPerYuan,
                 @NotNull @Min(1) @Max(100_000) Integer redeemPerYuan,
                 @NotNull @Min(0) @Max(100) Integer maxRedeemPercent,
                 @NotNull @Min(0) @Max(120) Integer expiryMonths,
                 @NotNull @Size(max = PointsRuleStore.MAX_RATES) List<@Valid @NotNull CategoryRate> categoryRates,
                 @NotNull @Min(0) Integer version) {

        PointsRules toRules() {
            return new PointsRules(earnPerYuan, redeemPerYuan, maxRedeemPercent, expiryMonths,
                    categoryRates.stream().map(c -> new PointsRules.CategoryRate(c.categoryId(), c.ratePercent()))
                            .toList(), version);
        }
    }

    record CategoryRate(@NotNull UUID categoryId, @NotNull @Min(0) @Max(1000) Integer ratePercent) {
    }
}

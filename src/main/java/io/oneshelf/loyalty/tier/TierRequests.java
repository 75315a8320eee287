package io.oneshelf.loyalty.tier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the tier endpoints. */
final class TierRequests {

    private TierRequests() {
    }

    /** The brand's tier rules, the tiers in rising order of threshold; send the version read (0 the first time). */
    record EditTierRules(@NotNull @Min(1) @Max(60) Integer windowMonths, @NotNull @Min(0) @Max(60) Integer keepMonths,
                 @NotNull @Size(max = TierRuleStore.MAX_TIERS) List<@Valid @NotNull EditTier> tiers,
                 @NotNull @Min(0) Integer version) {

        TierRules toRules() {
            return new TierRules(windowMonths, keepMonths, tiers.stream().map(EditTier::toTier).toList(), version);
        }
    }

    /**
     * One tier: its code (as the price book's TIER rows name it), name, the growth that reaches it (one point per
     * yuan paid), points multiplier in percent (100: the brand's rate), free shipping and birthday points.
     */
    record EditTier(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
                    @NotBlank @Size(max = 40) String name,
                    @NotNull @Min(0) @Max(1_000_000_000) Long threshold,
                    @NotNull @Min(0) @Max(1000) Integer multiplierPercent,
                    @NotNull Boolean freeShipping,
                    @NotNull @Min(0) @Max(1_000_000) Long birthdayPoints) {

        Tier toTier() {
            return new Tier(code, name.strip(), threshold, multiplierPercent, freeShipping, birthdayPoints);
        }
    }
}

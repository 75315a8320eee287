package io.oneshelf.loyalty.tier;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A brand's tier rules: growth counts over the last {@code windowMonths}; a tier reached is kept at least
 * {@code keepMonths} before a review may lower it; the tiers in rising order of their thresholds.
 */
public record TierRules(int windowMonths, int keepMonths, List<Tier> tiers, int version) {

    public static final TierRules DEFAULTS = new TierRules(12, 12, List.of(), 0);

    public TierRules {
        tiers = List.copyOf(tiers);
    }

    /** The highest tier {@code growth} reaches; empty when it reaches none (or the brand has none). */
    public Optional<Tier> reached(long growth) {
        return tiers.stream().filter(t -> t.threshold() <= growth).max(Comparator.comparingLong(Tier::threshold));
    }

    public Optional<Tier> byCode(String code) {
        return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The tier's place in the order, lowest 0; -1 for none or an unknown code. */
    public int rank(String code) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The tier after {@code code} (the lowest for none). */
    public Optional<Tier> next(String code) {
        int rank = rank(code);
        return rank + 1 < tiers.size() ? Optional.of(tiers.get(rank + 1)) : Optional.empty();
    }
}

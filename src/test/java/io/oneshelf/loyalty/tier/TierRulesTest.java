package io.oneshelf.loyalty.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tier rules as policies: which tier growth reaches, what comes next, and shares of refunds. */
class TierRulesTest {

    private static final TierRules RULES = new TierRules(12, 6, List.of(
            new Tier("MEMBER", "Member", 0, 100, false, 0),
            new Tier("SILVER", "Silver", 100, 120, false, 0),
            new Tier("GOLD", "Gold", 300, 150, true, 100)), 1);

    @Test
    void growth_reaches_the_highest_tier_whose_threshold_it_meets() {
        assertThat(RULES.reached(0)).map(Tier::code).contains("MEMBER");
        assertThat(RULES.reached(99)).map(Tier::code).contains("MEMBER");
        assertThat(RULES.reached(100)).map(Tier::code).contains("SILVER");
        assertThat(RULES.reached(10_000)).map(Tier::code).contains("GOLD");
        assertThat(new TierRules(12, 6, List.of(new Tier("GOLD", "Gold", 300, 150, true, 0)), 1).reached(10))
                .isEmpty();
    }

    @Test
    void the_next_tier_follows_in_order_and_the_top_has_none() {
        assertThat(RULES.next("")).map(Tier::code).contains("MEMBER");
        assertThat(RULES.next("SILVER")).map(Tier::code).contains("GOLD");
        assertThat(RULES.next("GOLD")).isEmpty();
        assertThat(RULES.rank("GOLD")).isEqualTo(2);
        assertThat(RULES.rank("GONE")).isEqualTo(-1);
    }

    @Test
    void thresholds_must_rise_and_codes_be_unique() {
        assertThatThrownBy(() -> TierRuleStore.check(new TierRules(12, 6, List.of(
                new Tier("A", "A", 10, 100, false, 0), new Tier("B", "B", 10, 100, false, 0)), 0)))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("tiers[1].threshold"));
        assertThatThrownBy(() -> TierRuleStore.check(new TierRules(12, 6, List.of(
                new Tier("A", "A", 0, 100, false, 0), new Tier("A", "B", 10, 100, false, 0)), 0)))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("tiers[1].code"));
        TierRuleStore.check(RULES);
    }

    @Test
    void shares_round_down_and_a_full_share_is_the_whole() {
        assertThat(io.oneshelf.platform.Shares.of(333, 1, 3)).isEqualTo(111);
        assertThat(io.oneshelf.platform.Shares.of(100, 1, 3)).isEqualTo(33);
        assertThat(io.oneshelf.platform.Shares.of(100, 3, 3)).isEqualTo(100);
        assertThat(io.oneshelf.platform.Shares.of(100, 5, 3)).isEqualTo(100);
        assertThat(io.oneshelf.platform.Shares.of(100, 0, 3)).isZero();
        assertThat(io.oneshelf.platform.Shares.of(100, 1, 0)).isZero();
    }
}

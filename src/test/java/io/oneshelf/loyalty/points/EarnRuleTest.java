package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The points a paid order earns: per yuan, per category rate, per tier multiplier, less what points paid. */
class EarnRuleTest {

    @Test
    void a_yuan_earns_the_brands_points_times_the_rate_and_the_multiplier_rounded_down_once() {
        // ¥12.34 at 1 point a yuan, 100 %: 12 points
        assertThat(EarnRule.points(new long[] {1234}, new int[] {100}, 1, 100, 0)).isEqualTo(12);
        // ¥12.34 + ¥0.99 at 200 % and a gold 150 %: (2468 + 99) × 1.5 / 100 = 38.5 -> 38
        assertThat(EarnRule.points(new long[] {1234, 99}, new int[] {200, 100}, 1, 150, 0)).isEqualTo(38);
        assertThat(EarnRule.points(new long[] {10000}, new int[] {0}, 5, 100, 0)).isZero();
        assertThat(EarnRule.points(new long[] {}, new int[] {}, 1, 100, 0)).isZero();
    }

    @Test
    void the_share_points_paid_earns_nothing() {
        // ¥100 of goods, ¥25 of it paid with points: 75 points
        assertThat(EarnRule.points(new long[] {10000}, new int[] {100}, 1, 100, 2500)).isEqualTo(75);
        assertThat(EarnRule.points(new long[] {10000}, new int[] {100}, 1, 100, 20000)).isZero();
    }

    @Test
    void a_category_takes_the_rate_of_the_nearest_category_above_it_with_one() {
        UUID drinks = UUID.randomUUID();
        UUID tea = UUID.randomUUID();
        UUID oolong = UUID.randomUUID();
        Map<UUID, UUID> parents = Map.of(tea, drinks, oolong, tea);
        assertThat(EarnRule.rateOf(oolong, Map.of(drinks, 200), parents)).isEqualTo(200);
        assertThat(EarnRule.rateOf(oolong, Map.of(drinks, 200, tea, 50), parents)).isEqualTo(50);
        assertThat(EarnRule.rateOf(oolong, Map.of(), parents)).isEqualTo(100);
        assertThat(EarnRule.rateOf(null, Map.of(drinks, 200), parents)).isEqualTo(100);
    }

    @Test
    void points_pay_rounded_up_to_whole_points() {
        PointsRules rules = new PointsRules(1, 100, 50, 24, java.util.List.of(), 0);
        assertThat(rules.pointsFor(1)).isEqualTo(1);
        assertThat(rules.pointsFor(1234)).isEqualTo(1234);
        assertThat(new PointsRules(1, 10, 50, 24, java.util.List.of(), 0).pointsFor(1234)).isEqualTo(124);
    }
}

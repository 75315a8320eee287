package io.oneshelf.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    @Test
    void a_basket_discount_goes_to_the_lines_by_their_payable_amounts_with_the_odd_fen_to_the_largest_remainders() {
        // 1000 over 3 × 1000: 333.33 each, the one fen left over to the first of the equal remainders
        assertThat(Apportionment.divide(1000, new long[]{1000, 1000, 1000})).containsExactly(334, 333, 333);
        // 100 over 1, 2, 7: 10, 20, 70 exactly
        assertThat(Apportionment.divide(100, new long[]{100, 200, 700})).containsExactly(10, 20, 70);
        // 10 over 3000 and 6000 and 1000: 3, 6, 1
        assertThat(Apportionment.divide(10, new long[]{3000, 6000, 1000})).containsExactly(3, 6, 1);
        // 5 over 1, 1, 1, 4 (sum 7): 0.71, 0.71, 0.71, 2.86 -> floors 0, 0, 0, 2; three fen to .86, .71, .71
        assertThat(Apportionment.divide(5, new long[]{1, 1, 1, 4})).containsExactly(1, 1, 0, 3);
    }

    @Test
    void nothing_to_give_gives_nothing_and_a_line_of_nothing_gets_nothing() {
        assertThat(Apportionment.divide(0, new long[]{0, 0})).containsExactly(0, 0);
        assertThat(Apportionment.divide(7, new long[]{0, 10, 0})).containsExactly(0, 7, 0);
    }

    @Test
    void a_negative_amount_or_weight_or_an_amount_over_nothing_is_refused() {
        assertThatThrownBy(() -> Apportionment.divide(-1, new long[]{1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.divide(1, new long[]{-1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.divide(1, new long[]{0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void for_any_lines_the_shares_sum_exactly_to_the_amount_none_is_negative_nor_over_its_line_and_repeat_the_same() {
        Random random = new Random(20261203L);
        for (int run = 0; run < 20_000; run++) {
            int n = 1 + random.nextInt(12);
            long[] weights = new long[n];
            long sum = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(5) == 0 ? 0 : 1 + (long) (random.nextDouble() * random.nextDouble()
                        * (random.nextBoolean() ? 100_000_000L : 5_000));
                sum += weights[i];
            }
            if (sum == 0) {
                continue;
            }
            long amount = (long) (random.nextDouble() * (sum + 1));
            long[] shares = Apportionment.divide(amount, weights);
            String seen = Arrays.toString(weights) + " <- " + amount + " = " + Arrays.toString(shares);
            assertThat(Arrays.stream(shares).sum()).as(seen).isEqualTo(amount);
            for (int i = 0; i < n; i++) {
                assertThat(shares[i]).as(seen).isBetween(0L, weights[i]);
                // each share is within one fen of its exact proportion
                double exact = (double) amount * weights[i] / sum;
                assertThat((double) shares[i]).as(seen).isBetween(Math.floor(exact) - 1e-6, Math.ceil(exact) + 1e-6);
            }
            assertThat(Apportionment.divide(amount, weights.clone())).as(seen).containsExactly(shares);
        }
    }
}

package io.oneshelf.social.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cut sequence: every cut at least 1 fen, together exactly start − floor, whatever the draw. */
class CutSequenceTest {

    @Test
    void any_draw_sums_exactly_to_the_total_with_every_cut_at_least_one_fen() {
        Random seeds = new Random(20_261_204L);
        for (int run = 0; run < 5_000; run++) {
            int helpers = 1 + seeds.nextInt(100);
            long total = helpers + (long) seeds.nextInt(run % 3 == 0 ? 5 : 1_000_000);
            List<Long> cuts = CutSequence.draw(total, helpers, new Random(seeds.nextLong()));
            assertThat(cuts).hasSize(helpers).allMatch(c -> c >= 1);
            assertThat(cuts.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        }
    }

    @Test
    void as_many_fen_as_helpers_gives_each_helper_one_fen() {
        assertThat(CutSequence.draw(5, 5, new Random(1))).containsExactly(1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void fewer_fen_than_helpers_cannot_be_cut() {
        assertThatThrownBy(() -> CutSequence.draw(4, 5, new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }
}

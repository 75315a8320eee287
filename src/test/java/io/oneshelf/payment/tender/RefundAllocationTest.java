package io.oneshelf.payment.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.payment.tender.RefundAllocation.Share;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RefundAllocationTest {

    @Test
    void the_newest_tender_gives_back_first_and_the_next_only_what_is_left() {
        assertThat(RefundAllocation.newestFirst(List.of(300L, 500L, 200L), 450))
                .containsExactly(new Share(0, 300), new Share(1, 150));
        assertThat(RefundAllocation.newestFirst(List.of(0L, 500L), 500)).containsExactly(new Share(1, 500));
    }

    @Test
    void more_than_the_tenders_hold_is_not_allocated() {
        assertThatThrownBy(() -> RefundAllocation.newestFirst(List.of(100L, 100L), 201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RefundAllocation.newestFirst(List.of(100L), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shares_always_sum_to_the_amount_and_never_exceed_a_tender() {
        Random random = new Random(46);
        for (int run = 0; run < 2_000; run++) {
            List<Long> refundable = random.ints(1 + random.nextInt(5), 0, 10_000).mapToObj(i -> (long) i).toList();
            long total = refundable.stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                continue;
            }
            long amount = 1 + (long) (random.nextDouble() * total);
            List<Share> shares = RefundAllocation.newestFirst(refundable, Math.min(amount, total));
            assertThat(shares.stream().mapToLong(Share::amount).sum()).isEqualTo(Math.min(amount, total));
            shares.forEach(s -> assertThat(s.amount()).isPositive().isLessThanOrEqualTo(refundable.get(s.tender())));
            // newest first: every tender before the last one used gives all it has
            for (int i = 0; i < shares.size() - 1; i++) {
                assertThat(shares.get(i).amount()).isEqualTo(refundable.get(shares.get(i).tender()));
            }
        }
    }
}

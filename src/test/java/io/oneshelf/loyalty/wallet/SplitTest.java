package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.loyalty.WalletSpent.Part;
import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The spending order: the place owner's value first, principal and bonus in proportion; refunds in the spend's split. */
class SplitTest {

    private static final UUID BRAND_ID = UUID.randomUUID();
    private static final ValueOwner BRAND = ValueOwner.brand(BRAND_ID);
    private static final ValueOwner FRANCHISEE = ValueOwner.of(BRAND_ID, UUID.randomUUID());

    @Test
    void a_spend_takes_principal_and_bonus_in_proportion_rounding_the_bonus_down() {
        List<Part> parts = Split.spend(List.of(new Split.Bucket(BRAND, 50000, 5000)), 1000, BRAND);

        assertThat(parts).containsExactly(new Part(BRAND, 910, 90));
    }

    @Test
    void a_spend_takes_the_place_owners_value_first_then_the_others_in_the_order_they_were_opened() {
        List<Split.Bucket> buckets = List.of(new Split.Bucket(FRANCHISEE, 5000, 0),
                new Split.Bucket(BRAND, 10000, 1000));

        List<Part> atABrandStore = Split.spend(buckets, 12000, BRAND);
        List<Part> atTheFranchisee = Split.spend(buckets, 6000, FRANCHISEE);

        assertThat(atABrandStore).containsExactly(new Part(BRAND, 10000, 1000), new Part(FRANCHISEE, 1000, 0));
        assertThat(atTheFranchisee).containsExactly(new Part(FRANCHISEE, 5000, 0), new Part(BRAND, 910, 90));
    }

    @Test
    void a_spend_the_balance_does_not_cover_is_refused_on_the_amount() {
        assertThatThrownBy(() -> Split.spend(List.of(new Split.Bucket(BRAND, 100, 10)), 111, BRAND))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.faults().get(0).field()).isEqualTo("amount"));
    }

    @Test
    void a_full_refund_gives_back_exactly_the_spends_split() {
        List<Split.Bucket> spent = List.of(new Split.Bucket(BRAND, 10000, 1000), new Split.Bucket(FRANCHISEE, 1000, 0));

        assertThat(Split.refund(spent, 12000)).containsExactly(new Part(BRAND, 10000, 1000),
                new Part(FRANCHISEE, 1000, 0));
    }

    @Test
    void partial_refunds_in_any_steps_add_up_to_the_spend_and_never_give_back_more_than_was_taken() {
        Random random = new Random(20261203);
        for (int round = 0; round < 500; round++) {
            List<Split.Bucket> buckets = List.of(new Split.Bucket(FRANCHISEE, random.nextInt(20000), random.nextInt(3000)),
                    new Split.Bucket(BRAND, random.nextInt(20000), random.nextInt(3000)));
            long balance = buckets.stream().mapToLong(Split.Bucket::total).sum();
            if (balance == 0) {
                continue;
            }
            long amount = 1 + random.nextLong(balance);
            List<Part> spend = Split.spend(buckets, amount, random.nextBoolean() ? BRAND : FRANCHISEE);
            assertThat(spend.stream().mapToLong(p -> p.principal() + p.bonus()).sum()).isEqualTo(amount);
            for (Part p : spend) {
                Split.Bucket from = buckets.stream().filter(b -> b.owner().equals(p.owner())).findFirst().orElseThrow();
                assertThat(p.principal()).isBetween(0L, from.principal());
                assertThat(p.bonus()).isBetween(0L, from.bonus());
            }
            List<Split.Bucket> left = new ArrayList<>(spend.stream()
                    .map(p -> new Split.Bucket(p.owner(), p.principal(), p.bonus())).toList());
            long toRefund = amount;
            while (toRefund > 0) {
                long step = Math.min(toRefund, 1 + random.nextLong(amount));
                List<Part> back = Split.refund(left, step);
                assertThat(back.stream().mapToLong(p -> p.principal() + p.bonus()).sum()).isEqualTo(step);
                left = minus(left, back);
                toRefund -= step;
            }
            assertThat(left).allSatisfy(b -> assertThat(b.total()).isZero());
        }
    }

    private static List<Split.Bucket> minus(List<Split.Bucket> left, List<Part> back) {
        List<Split.Bucket> result = new ArrayList<>();
        for (Split.Bucket b : left) {
            Part p = back.stream().filter(x -> x.owner().equals(b.owner())).findFirst()
                    .orElse(new Part(b.owner(), 0, 0));
            Split.Bucket after = new Split.Bucket(b.owner(), b.principal() - p.principal(), b.bonus() - p.bonus());
            assertThat(after.principal()).isNotNegative();
            assertThat(after.bonus()).isNotNegative();
            result.add(after);
        }
        return result;
    }
}

package io.oneshelf.promotion.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.routing.Fulfilment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AutomaticPromotionsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final UUID STORE = UUID.randomUUID();
    private static final UUID TEA = UUID.randomUUID();

    @Test
    void spend_x_save_y_gives_the_highest_tier_reached_apportioned_to_the_lines() {
        Checkout basket = aBasket(line(3000, 2), line(4000, 1)); // 100.00
        AutomaticPromotions.apply(List.of(aFullReduction("满50减5 满100减15", 0, false,
                new Tier(5000L, 500L), new Tier(10000L, 1500L))), basket, Map.of());

        assertThat(basket.discountAmount()).isEqualTo(1500);
        assertThat(basket.lines()).extracting(PricedLine::discount).containsExactly(900L, 600L);
        assertThat(basket.discounts()).extracting(Discount::name, Discount::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("满50减5 满100减15", 1500L));
    }

    @Test
    void spend_x_save_y_below_its_lowest_threshold_gives_nothing_and_is_not_told() {
        Checkout basket = aBasket(line(4999, 1));
        AutomaticPromotions.apply(List.of(aFullReduction("满50减5", 0, false, new Tier(5000L, 500L))), basket,
                Map.of());

        assertThat(basket.discountAmount()).isZero();
        assertThat(basket.discounts()).isEmpty();
    }

    @Test
    void a_percent_off_a_category_takes_off_only_the_lines_whose_sku_falls_in_it_rounded_down() {
        PricedLine tea = line(999, 1);
        PricedLine cake = line(2000, 1);
        Checkout basket = aBasket(tea, cake);
        Promotion teaDay = promotion("茶饮 8 折", PromotionKind.PERCENT_OFF, null, 20, null, null, Set.of(),
                Set.of(TEA), 0, false);

        AutomaticPromotions.apply(List.of(teaDay), basket, Map.of(tea.sku().id(), Set.of(TEA, UUID.randomUUID())));

        assertThat(tea.discount()).isEqualTo(199); // 20 % of 9.99 is 1.998: rounded down
        assertThat(cake.discount()).isZero();
    }

    @Test
    void buy_two_get_one_makes_the_cheapest_of_every_three_units_free() {
        PricedLine big = line(1500, 4);
        PricedLine small = line(800, 2);
        Checkout basket = aBasket(big, small);
        Promotion b2g1 = promotion("买二送一", PromotionKind.BUY_X_GET_Y, null, null, 2, 1, Set.of(), Set.of(), 0,
                false);

        AutomaticPromotions.apply(List.of(b2g1), basket, Map.of());

        // 6 units: two free, the two cheapest (both 8.00)
        assertThat(small.discount()).isEqualTo(1600);
        assertThat(big.discount()).isZero();
    }

    @Test
    void promotions_stack_by_priority_each_on_what_the_one_before_left() {
        PricedLine tea = line(10000, 1);
        Checkout basket = aBasket(tea);
        Promotion tenOff = promotion("九折", PromotionKind.PERCENT_OFF, null, 10, null, null, Set.of(), Set.of(), 1,
                false);
        Promotion spend = aFullReduction("满100减20", 5, false, new Tier(10000L, 2000L));

        AutomaticPromotions.apply(List.of(tenOff, spend), basket, Map.of());

        // the spend-save first (priority 5): 100 - 20 = 80, then 10 % of 80
        assertThat(basket.total()).isEqualTo(7200);
        assertThat(basket.discounts()).extracting(Discount::name).containsExactly("满100减20", "九折");
    }

    @Test
    void an_exclusive_promotion_that_gives_something_stands_alone_and_one_after_others_is_skipped() {
        Promotion exclusive = aFullReduction("独享满100减30", 10, true, new Tier(10000L, 3000L));
        Promotion other = promotion("九折", PromotionKind.PERCENT_OFF, null, 10, null, null, Set.of(), Set.of(), 1,
                false);
        Checkout big = aBasket(line(10000, 1));
        AutomaticPromotions.apply(List.of(other, exclusive), big, Map.of());
        assertThat(big.discounts()).extracting(Discount::name).containsExactly("独享满100减30");

        Checkout small = aBasket(line(5000, 1)); // below the exclusive one's threshold: the other applies
        AutomaticPromotions.apply(List.of(other, exclusive), small, Map.of());
        assertThat(small.discounts()).extracting(Discount::name).containsExactly("九折");

        Promotion lowExclusive = promotion("独享八折", PromotionKind.PERCENT_OFF, null, 20, null, null, Set.of(),
                Set.of(), 0, true);
        Checkout third = aBasket(line(5000, 1)); // the other gave first: the exclusive one is skipped
        AutomaticPromotions.apply(List.of(other, lowExclusive), third, Map.of());
        assertThat(third.discounts()).extracting(Discount::name).containsExactly("九折");
    }

    @Test
    void a_promotion_runs_only_in_its_window_channels_and_stores() {
        Promotion p = promotion("门店九折", PromotionKind.PERCENT_OFF, null, 10, null, null, Set.of(), Set.of(), 0,
                false);
        Promotion atStore = withWhere(p, Set.of(OrderChannel.POS), Set.of(STORE), NOW.minusSeconds(60),
                NOW.plusSeconds(60));
        assertThat(atStore.runsFor(aBasket(OrderChannel.POS, STORE, NOW, line(100, 1)))).isTrue();
        assertThat(atStore.runsFor(aBasket(OrderChannel.ONLINE, STORE, NOW, line(100, 1)))).isFalse();
        assertThat(atStore.runsFor(aBasket(OrderChannel.POS, UUID.randomUUID(), NOW, line(100, 1)))).isFalse();
        assertThat(atStore.runsFor(aBasket(OrderChannel.POS, null, NOW, line(100, 1)))).isFalse();
        assertThat(atStore.runsFor(aBasket(OrderChannel.POS, STORE, NOW.plusSeconds(60), line(100, 1)))).isFalse();
        assertThat(atStore.runsFor(aBasket(OrderChannel.POS, STORE, NOW.minusSeconds(60), line(100, 1)))).isTrue();
    }

    @Test
    void whatever_promotions_run_the_total_is_never_negative_and_the_lines_sum_to_it() {
        Random random = new Random(300L);
        for (int run = 0; run < 1_000; run++) {
            List<PricedLine> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(10); i++) {
                lines.add(line(1 + random.nextInt(20_000), 1 + random.nextInt(4)));
            }
            Checkout basket = aBasket(lines.toArray(PricedLine[]::new));
            List<Promotion> promotions = new ArrayList<>();
            for (int i = 0; i < random.nextInt(6); i++) {
                promotions.add(switch (random.nextInt(3)) {
                    case 0 -> aFullReduction("满减" + i, random.nextInt(5), random.nextInt(4) == 0,
                            new Tier(2000L + random.nextInt(50_000), 1L + random.nextInt(2000)));
                    case 1 -> promotion("折" + i, PromotionKind.PERCENT_OFF, null, 1 + random.nextInt(99), null, null,
                            Set.of(), Set.of(), random.nextInt(5), random.nextInt(4) == 0);
                    default -> promotion("买送" + i, PromotionKind.BUY_X_GET_Y, null, null, 1 + random.nextInt(3),
                            1 + random.nextInt(2), Set.of(), Set.of(), random.nextInt(5), false);
                });
            }
            AutomaticPromotions.apply(promotions, basket, Map.of());
            assertThat(basket.total()).isNotNegative()
                    .isEqualTo(basket.lines().stream().mapToLong(PricedLine::payable).sum());
            assertThat(basket.discounts().stream().mapToLong(Discount::amount).sum())
                    .isEqualTo(basket.discountAmount());
        }
    }

    private static Promotion aFullReduction(String name, int priority, boolean exclusive, Tier... tiers) {
        return promotion(name, PromotionKind.FULL_REDUCTION, List.of(tiers), null, null, null, Set.of(), Set.of(),
                priority, exclusive);
    }

    private static Promotion promotion(String name, PromotionKind kind, List<Tier> tiers, Integer percent,
                                       Integer buy, Integer get, Set<UUID> skus, Set<UUID> categories, int priority,
                                       boolean exclusive) {
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC);
        return new Promotion(UUID.randomUUID(), name, kind, tiers, percent, buy, get, skus, categories, Set.of(),
                Set.of(), NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC), NOW.plusSeconds(3600)
                .atOffset(ZoneOffset.UTC), priority, exclusive, true, 1, created, created);
    }

    private static Promotion withWhere(Promotion p, Set<OrderChannel> channels, Set<UUID> stores, Instant from,
                                       Instant to) {
        return new Promotion(p.id(), p.name(), p.kind(), p.tiers(), p.percentOff(), p.buy(), p.get(), p.skuIds(),
                p.categoryIds(), channels, stores, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC),
                p.priority(), p.exclusive(), true, 1, p.createdAt(), p.updatedAt());
    }

    private static int lines;

    /** A line priced at {@code unitPrice} as the price book's step would. */
    private static PricedLine line(long unitPrice, long quantity) {
        PricedLine line = new PricedLine(lines++, new SkuRef(UUID.randomUUID(), UUID.randomUUID(), "S" + lines,
                "S" + lines, true, "P", Map.of()), quantity);
        io.oneshelf.order.pricing.OrderTestAccess.price(line, unitPrice);
        return line;
    }

    private static Checkout aBasket(PricedLine... lines) {
        return aBasket(OrderChannel.ONLINE, null, NOW, lines);
    }

    private static Checkout aBasket(OrderChannel channel, UUID store, Instant at, PricedLine... lines) {
        return new Checkout(UUID.randomUUID(), channel, Fulfilment.PICKUP, store, null, null, at, List.of(lines));
    }
}

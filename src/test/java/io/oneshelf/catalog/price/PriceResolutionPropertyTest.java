package io.oneshelf.catalog.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.PricePolicy.StoreOverride;
import io.oneshelf.catalog.price.ResolvedPrice.Candidate;
import io.oneshelf.catalog.price.ResolvedPrice.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** Random price books and queries over a small key space, so that rules of every kind meet and collide. */
class PriceResolutionPropertyTest implements WithQuickTheories {

    private static final Instant DAY_ZERO = Instant.parse("2026-01-01T00:00:00Z");
    private static final UUID SKU = UUID.randomUUID();
    private static final List<UUID> STORES = List.of(UUID.randomUUID(), UUID.randomUUID());
    private static final List<String> TIERS = List.of("GOLD", "SILVER");
    private static final SalesChannel[] CHANNELS = SalesChannel.values();

    private static Instant day(int n) {
        return DAY_ZERO.plus(Duration.ofDays(n));
    }

    private Gen<PriceRow> rows() {
        return integers().between(0, 3).zip(integers().between(0, 3), longs().between(0, 50_000),
                integers().between(-1, 9), integers().between(-1, 5), (kind, key, fen, from, length) -> {
                    PriceKind k = PriceKind.values()[kind];
                    Instant start = from < 0 ? null : day(from);
                    Instant end = length < 0 ? null : (start == null ? day(length) : start.plus(Duration.ofDays(length + 1)));
                    return new PriceRow(k, k == PriceKind.TIER ? TIERS.get(key % 2) : null,
                            k == PriceKind.CHANNEL ? CHANNELS[key] : null,
                            k == PriceKind.STORE ? STORES.get(key % 2) : null, fen, start, end);
                });
    }

    private Gen<PriceRules> books() {
        Gen<PricePolicy> policies = booleans().all().zip(integers().between(0, 30),
                (forbidden, band) -> forbidden ? PricePolicy.UNIFIED : new PricePolicy(StoreOverride.WITHIN_BAND, band));
        return lists().of(rows()).ofSizeBetween(0, 14).zip(policies, PriceRules::new);
    }

    private Gen<PriceQuery> queries() {
        return integers().between(0, 4).zip(integers().between(0, 2), integers().between(0, 2),
                integers().between(0, 12), (channel, store, tier, at) -> new PriceQuery(SKU,
                        channel == 4 ? null : CHANNELS[channel], store == 2 ? null : STORES.get(store),
                        tier == 2 ? null : TIERS.get(tier), day(at).plusSeconds(3600)));
    }

    @Test
    void the_resolved_price_is_the_applied_candidate_and_never_negative() {
        qt().forAll(books(), queries()).checkAssert((rules, q) -> PriceResolution.resolve(rules, q).ifPresent(p -> {
            assertThat(p.priceFen()).isNotNegative();
            assertThat(p.candidates()).filteredOn(c -> c.verdict() == Verdict.APPLIED).singleElement()
                    .extracting(Candidate::priceFen).isEqualTo(p.priceFen());
        }));
    }

    @Test
    void there_is_a_price_exactly_when_a_list_price_is_valid() {
        qt().forAll(books(), queries()).checkAssert((rules, q) -> assertThat(PriceResolution.resolve(rules, q))
                .as("price present").matches(p -> p.isPresent() == rules.rows().stream()
                        .anyMatch(r -> r.kind() == PriceKind.LIST && r.validAt(q.at()))));
    }

    @Test
    void a_member_never_pays_more_than_a_non_member_for_the_same_query() {
        qt().forAll(books(), queries()).checkAssert((rules, q) -> {
            PriceQuery anonymous = new PriceQuery(q.skuId(), q.channel(), q.storeId(), null, q.at());
            Optional<ResolvedPrice> member = PriceResolution.resolve(rules, q);
            Optional<ResolvedPrice> nonMember = PriceResolution.resolve(rules, anonymous);
            member.ifPresent(m -> assertThat(m.priceFen()).isLessThanOrEqualTo(nonMember.orElseThrow().priceFen()));
        });
    }

    @Test
    void a_forbidden_policy_never_yields_a_store_price_and_a_band_bounds_it() {
        qt().forAll(books(), queries()).checkAssert((rules, q) -> PriceResolution.resolve(rules, q)
                .filter(p -> p.rule() == PriceKind.STORE).ifPresent(p -> {
                    assertThat(rules.policy().storeOverride()).isEqualTo(StoreOverride.WITHIN_BAND);
                    long list = p.candidates().stream().filter(c -> c.kind() == PriceKind.LIST
                            && c.verdict() != Verdict.SUPERSEDED).findFirst().orElseThrow().priceFen();
                    assertThat(Math.abs(p.priceFen() - list) * 100).isLessThanOrEqualTo(list * rules.policy().bandPercent());
                }));
    }
}

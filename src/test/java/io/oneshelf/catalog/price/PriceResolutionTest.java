package io.oneshelf.catalog.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.PricePolicy.StoreOverride;
import io.oneshelf.catalog.price.ResolvedPrice.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PriceResolutionTest {

    static final UUID SKU = UUID.randomUUID();
    static final UUID STORE = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-06-01T04:00:00Z");
    static final PricePolicy BAND_10 = new PricePolicy(StoreOverride.WITHIN_BAND, 10);

    static PriceRow list(long fen) {
        return new PriceRow(PriceKind.LIST, null, null, null, fen, null, null);
    }

    static PriceRow channel(SalesChannel c, long fen) {
        return new PriceRow(PriceKind.CHANNEL, null, c, null, fen, null, null);
    }

    static PriceRow store(UUID store, long fen) {
        return new PriceRow(PriceKind.STORE, null, null, store, fen, null, null);
    }

    static PriceRow tier(String code, long fen) {
        return new PriceRow(PriceKind.TIER, code, null, null, fen, null, null);
    }

    static PriceRow scheduled(PriceRow r, String from, String to) {
        return new PriceRow(r.kind(), r.tierCode(), r.channel(), r.storeId(), r.priceFen(),
                from == null ? null : Instant.parse(from), to == null ? null : Instant.parse(to));
    }

    static PriceQuery query(SalesChannel channel, UUID store, String tier) {
        return new PriceQuery(SKU, channel, store, tier, NOW);
    }

    static ResolvedPrice resolved(PricePolicy policy, PriceQuery q, PriceRow... rows) {
        return PriceResolution.resolve(new PriceRules(List.of(rows), policy), q).orElseThrow();
    }

    @Test
    void without_a_valid_list_price_there_is_no_price() {
        PriceRules rules = new PriceRules(List.of(scheduled(list(1800), "2026-07-01T00:00:00Z", null),
                channel(SalesChannel.POS, 1500)), BAND_10);

        assertThat(PriceResolution.resolve(rules, query(SalesChannel.POS, null, null))).isEmpty();
    }

    @Test
    void the_list_price_is_the_price_when_nothing_else_applies() {
        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, STORE, "GOLD"), list(1800),
                channel(SalesChannel.ONLINE_MALL, 1600), store(UUID.randomUUID(), 1700), tier("SILVER", 1500));

        assertThat(price.priceFen()).isEqualTo(1800);
        assertThat(price.rule()).isEqualTo(PriceKind.LIST);
        assertThat(price.candidates()).hasSize(1);
    }

    @Test
    void a_channel_price_replaces_the_list_price_in_its_channel() {
        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.GROUP_BUY, null, null), list(1800),
                channel(SalesChannel.GROUP_BUY, 2000));

        assertThat(price.priceFen()).isEqualTo(2000);
        assertThat(price.rule()).isEqualTo(PriceKind.CHANNEL);
        assertThat(price.candidates()).extracting(ResolvedPrice.Candidate::verdict)
                .containsExactly(Verdict.REPLACED, Verdict.APPLIED);
    }

    @Test
    void a_permitted_store_price_wins_over_the_channel_price() {
        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, STORE, null), list(1800),
                channel(SalesChannel.POS, 1750), store(STORE, 1700));

        assertThat(price.priceFen()).isEqualTo(1700);
        assertThat(price.rule()).isEqualTo(PriceKind.STORE);
        assertThat(price.explanation().toString()).contains("price.story.store[");
    }

    @Test
    void a_store_price_is_ignored_when_the_policy_forbids_it() {
        ResolvedPrice price = resolved(PricePolicy.UNIFIED, query(SalesChannel.POS, STORE, null), list(1800),
                store(STORE, 1700));

        assertThat(price.priceFen()).isEqualTo(1800);
        assertThat(price.candidates().get(1).verdict()).isEqualTo(Verdict.OUTSIDE_POLICY);
    }

    @Test
    void a_store_price_outside_the_band_is_ignored() {
        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, STORE, null), list(1800), store(STORE, 1600));

        assertThat(price.priceFen()).isEqualTo(1800);
        assertThat(price.explanation().toString()).contains("price.story.store-ignored");
    }

    @Test
    void a_lower_member_price_applies() {
        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, null, "GOLD"), list(1800), tier("GOLD", 1500));

        assertThat(price.priceFen()).isEqualTo(1500);
        assertThat(price.rule()).isEqualTo(PriceKind.TIER);
    }

    @Test
    void a_member_price_never_raises_the_price() {
        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, STORE, "GOLD"), list(1800),
                store(STORE, 1650), tier("GOLD", 1700));

        assertThat(price.priceFen()).isEqualTo(1650);
        assertThat(price.candidates()).extracting(ResolvedPrice.Candidate::verdict).contains(Verdict.NOT_LOWER);
    }

    @Test
    void the_latest_starting_valid_row_of_a_rule_wins_and_expired_rows_do_not_count() {
        PriceRow standing = list(1800);
        PriceRow summer = scheduled(list(1500), "2026-05-20T00:00:00Z", "2026-06-10T00:00:00Z");
        PriceRow expired = scheduled(list(900), "2026-05-25T00:00:00Z", "2026-05-31T00:00:00Z");
        PriceRow future = scheduled(list(2000), "2026-07-01T00:00:00Z", null);

        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, null, null), standing, summer, expired, future);

        assertThat(price.priceFen()).isEqualTo(1500);
        assertThat(price.candidates()).extracting(ResolvedPrice.Candidate::verdict)
                .containsExactlyInAnyOrder(Verdict.SUPERSEDED, Verdict.APPLIED);
    }

    @Test
    void a_row_is_valid_from_its_start_inclusive_until_its_end_exclusive() {
        PriceRow sale = scheduled(list(1500), "2026-06-01T04:00:00Z", "2026-06-02T00:00:00Z");
        PriceRow ended = scheduled(channel(SalesChannel.POS, 1000), "2026-05-01T00:00:00Z", "2026-06-01T04:00:00Z");

        ResolvedPrice price = resolved(BAND_10, query(SalesChannel.POS, null, null), list(1800), sale, ended);

        assertThat(price.priceFen()).isEqualTo(1500);
    }
}

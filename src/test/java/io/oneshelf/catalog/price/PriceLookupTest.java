package io.oneshelf.catalog.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.Prices;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.PricePolicy.StoreOverride;
import io.oneshelf.platform.ReadMemo;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Within one piece of work (an order's draft, a quote) the price book is read once per SKU and once for the policy. */
class PriceLookupTest {

    static final UUID BRAND = UUID.randomUUID();
    static final UUID SKU = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final UUID UNPRICED = UUID.randomUUID();

    /** A price book that counts its reads: every SKU lists at 1,500 fen. */
    static final class CountingBook extends PriceBook {
        final AtomicInteger rows = new AtomicInteger();
        final AtomicInteger policies = new AtomicInteger();

        CountingBook() {
            super(null);
        }

        @Override
        List<PriceRow> rows(UUID tenant, UUID skuId) {
            rows.incrementAndGet();
            return List.of(new PriceRow(PriceKind.LIST, null, null, null, 1_500, null, null));
        }

        @Override
        Map<UUID, List<PriceRow>> rows(UUID tenant, Collection<UUID> skuIds) {
            rows.incrementAndGet();
            Map<UUID, List<PriceRow>> found = new HashMap<>();
            skuIds.stream().filter(id -> !id.equals(UNPRICED)).forEach(id -> found.put(id,
                    List.of(new PriceRow(PriceKind.LIST, null, null, null, 1_500, null, null))));
            return found;
        }

        @Override
        StoredPolicy policy(UUID tenant) {
            policies.incrementAndGet();
            return new StoredPolicy(StoreOverride.WITHIN_BAND, 10, 1);
        }
    }

    static Prices.Ask ask(UUID sku) {
        return new Prices.Ask(sku, SalesChannel.POS, null, null, Instant.parse("2026-06-01T04:00:00Z"));
    }

    @Test
    void withinOnePieceOfWorkTheBookIsReadOncePerSkuAndOnceForThePolicy() {
        CountingBook book = new CountingBook();
        PriceLookup lookup = new PriceLookup(book);
        ReadMemo.during(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(lookup.resolve(BRAND, ask(SKU)).orElseThrow().priceFen()).isEqualTo(1_500);
                assertThat(lookup.resolve(BRAND, ask(OTHER)).orElseThrow().priceFen()).isEqualTo(1_500);
            }
            return null;
        });
        assertThat(book.rows).hasValue(2);
        assertThat(book.policies).hasValue(1);
    }

    @Test
    void aCartsLinesAreResolvedInOrderFromOneReadAndKeptForTheRestOfTheWork() {
        CountingBook book = new CountingBook();
        PriceLookup lookup = new PriceLookup(book);
        ReadMemo.during(() -> {
            List<Optional<Prices.SkuPrice>> all = lookup.resolveAll(BRAND,
                    List.of(ask(SKU), ask(UNPRICED), ask(OTHER), ask(SKU)));
            assertThat(all).extracting(p -> p.map(Prices.SkuPrice::skuId).orElse(null))
                    .containsExactly(SKU, null, OTHER, SKU);
            assertThat(lookup.resolve(BRAND, ask(OTHER)).orElseThrow().priceFen()).isEqualTo(1_500);
            return null;
        });
        assertThat(book.rows).hasValue(1);
        assertThat(book.policies).hasValue(1);
    }

    @Test
    void outsideOneEveryCallReads() {
        CountingBook book = new CountingBook();
        PriceLookup lookup = new PriceLookup(book);
        lookup.resolve(BRAND, ask(SKU));
        lookup.resolve(BRAND, ask(SKU));
        assertThat(book.rows).hasValue(2);
        assertThat(book.policies).hasValue(2);
    }
}

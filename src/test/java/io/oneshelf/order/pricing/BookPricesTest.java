package io.oneshelf.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.catalog.Prices;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.LineRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookPricesTest {

    private final List<Prices.Ask> asked = new ArrayList<>();

    /** A price book of two SKUs: 12.00 by its channel price and 8.50 by the list. */
    private Prices book(Map<UUID, Prices.SkuPrice> prices) {
        return (tenant, ask) -> {
            asked.add(ask);
            return Optional.ofNullable(prices.get(ask.skuId()));
        };
    }

    @Test
    void each_line_takes_the_price_resolution_answer_for_its_channel_and_store() {
        PricedLine tea = new PricedLine(0, PricingFixtures.aSku("TEA"), 2);
        PricedLine cake = new PricedLine(1, PricingFixtures.aSku("CAKE"), 1);
        UUID store = UUID.randomUUID();
        Checkout basket = new Checkout(PricingFixtures.BRAND, OrderChannel.POS, Fulfilment.IN_STORE, store, null, null,
                Instant.now(), List.of(tea, cake));
        new BookPrices(book(Map.of(
                tea.sku().id(), new Prices.SkuPrice(tea.sku().id(), 1200, Prices.SkuPrice.Rule.CHANNEL),
                cake.sku().id(), new Prices.SkuPrice(cake.sku().id(), 850, Prices.SkuPrice.Rule.LIST))))
                .apply(basket);

        assertThat(tea.unitPrice()).isEqualTo(1200);
        assertThat(tea.priceRule()).isEqualTo("CHANNEL");
        assertThat(tea.amount()).isEqualTo(2400);
        assertThat(cake.unitPrice()).isEqualTo(850);
        assertThat(basket.goodsAmount()).isEqualTo(3250);
        assertThat(asked).allSatisfy(a -> {
            assertThat(a.channel()).isEqualTo(OrderChannel.POS.salesChannel());
            assertThat(a.storeId()).isEqualTo(store);
        });
    }

    @Test
    void a_sku_without_a_valid_price_is_refused_on_its_line() {
        PricedLine priced = new PricedLine(0, PricingFixtures.aSku("OK"), 1);
        PricedLine unpriced = new PricedLine(1, PricingFixtures.aSku("NOPRICE"), 1);
        Checkout basket = new Checkout(PricingFixtures.BRAND, OrderChannel.ONLINE, Fulfilment.EXPRESS, null, null, null,
                Instant.now(), List.of(priced, unpriced));
        BookPrices step = new BookPrices(book(Map.of(priced.sku().id(),
                new Prices.SkuPrice(priced.sku().id(), 100, Prices.SkuPrice.Rule.LIST))));

        assertThatThrownBy(() -> step.apply(basket)).isInstanceOfSatisfying(LineRejected.class, r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.faults()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("lines[1].skuId"));
        });
    }
}

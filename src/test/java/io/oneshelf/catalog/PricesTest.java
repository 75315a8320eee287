package io.oneshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.Prices.Ask;
import io.oneshelf.catalog.Prices.SkuPrice;
import io.oneshelf.catalog.Prices.SkuPrice.Rule;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalog's in-process price resolution, as an order or the POS calls it. */
class PricesTest extends ApiTest {

    @Autowired
    Prices prices;

    @Autowired
    SkuFixture skus;

    @Test
    void a_channel_price_replaces_the_list_price_and_a_lower_member_price_wins() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSkuThatCanBeDeactivated(brand);
        price(brand, sku, "CHANNEL", null, "ONLINE_MALL", 1300);
        price(brand, sku, "TIER", "GOLD", null, 1200);
        Instant now = Instant.now();

        assertThat(prices.resolve(brand.tenantId(), new Ask(sku, SalesChannel.POS, null, null, now)))
                .contains(new SkuPrice(sku, 1500, Rule.LIST));
        assertThat(prices.resolve(brand.tenantId(), new Ask(sku, SalesChannel.ONLINE_MALL, null, null, now)))
                .contains(new SkuPrice(sku, 1300, Rule.CHANNEL));
        assertThat(prices.resolve(brand.tenantId(), new Ask(sku, SalesChannel.ONLINE_MALL, null, "GOLD", now)))
                .contains(new SkuPrice(sku, 1200, Rule.TIER));
    }

    @Test
    void a_sku_of_another_brand_or_without_a_list_price_has_no_price() {
        Brand brand = brands.aBrand();
        UUID priced = skus.aSkuThatCanBeDeactivated(brand);
        UUID unpriced = skus.aSku(brand);
        Instant now = Instant.now();

        assertThat(prices.resolve(brands.aBrand().tenantId(), new Ask(priced, null, null, null, now))).isEmpty();
        assertThat(prices.resolve(brand.tenantId(), new Ask(unpriced, null, null, null, now))).isEmpty();
    }

    private void price(Brand brand, UUID sku, String kind, String tier, String channel, long fen) {
        brands.jdbc().sql("""
                insert into sku_price(id, tenant_id, sku_id, kind, tier_code, channel, price_fen, created_at)
                values (:id, :t, :sku, :kind, :tier, :channel, :fen, now())""")
                .param("id", UUID.randomUUID()).param("t", brand.tenantId()).param("sku", sku).param("kind", kind)
                .param("tier", tier).param("channel", channel).param("fen", fen).update();
    }
}

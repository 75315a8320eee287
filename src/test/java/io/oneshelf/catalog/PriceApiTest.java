package io.oneshelf.catalog;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aMilkTea;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PriceApiTest extends ApiTest {

    private Brand brand;
    private String admin;
    private Reply product;
    private String sku;

    @BeforeEach
    void aProductToPrice() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String drinks = aCategory(api, admin, "DRINK", "飲品", null);
        product = aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));
        sku = product.body().get("skus").get(0).get("id").asString();
    }

    private static Map<String, Object> listPrice(long fen) {
        return Map.of("kind", "LIST", "priceFen", fen);
    }

    private Map<String, Object> storePrice(long fen) {
        return Map.of("kind", "STORE", "storeId", brand.storeId(), "priceFen", fen);
    }

    private static Map<String, Object> scheduled(Map<String, Object> row, String from, String to) {
        Map<String, Object> result = new HashMap<>(row);
        result.put("validFrom", from);
        result.put("validTo", to);
        return result;
    }

    private Reply setPrices(String skuId, List<Map<String, Object>> rows) {
        return api.put("/api/v1/skus/" + skuId + "/prices", admin, Map.of("prices", rows));
    }

    private Reply resolve(String query) {
        Reply reply = api.get("/api/v1/prices/resolve?skuId=" + sku + "&" + query, admin);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    private void allowStorePricesWithin(int percent) {
        Reply policy = api.put("/api/v1/price-policy", admin,
                Map.of("storeOverride", "WITHIN_BAND", "bandPercent", percent, "version", 0));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
    }

    @Test
    void a_store_price_outside_the_policy_band_is_refused_naming_the_price_and_changes_nothing() {
        allowStorePricesWithin(10);

        Reply refused = setPrices(sku, List.of(listPrice(2000), storePrice(1700)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("prices[1].priceFen");
        assertThat(api.get("/api/v1/skus/" + sku + "/prices", admin).body().get("prices").size()).isZero();
        assertThat(setPrices(sku, List.of(listPrice(2000), storePrice(1800))).status()).isEqualTo(200);
        assertThat(resolve("channel=POS&storeId=" + brand.storeId()).body().get("priceFen").asLong()).isEqualTo(1800);
        assertThat(resolve("channel=POS&storeId=" + brand.otherStoreId()).body().get("priceFen").asLong())
                .isEqualTo(2000);
    }

    @Test
    void without_a_policy_the_brand_keeps_one_price_and_refuses_store_prices() {
        assertThat(api.get("/api/v1/price-policy", admin).body().get("storeOverride").asString()).isEqualTo("FORBIDDEN");

        Reply refused = setPrices(sku, List.of(listPrice(2000), storePrice(2000)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).contains("price");
    }

    @Test
    void a_scheduled_price_applies_only_within_its_period() {
        setPrices(sku, List.of(listPrice(1800),
                scheduled(listPrice(1500), "2030-06-01T00:00:00Z", "2030-06-08T00:00:00Z")));

        assertThat(resolve("at=2030-05-31T23:59:59Z").body().get("priceFen").asLong()).isEqualTo(1800);
        assertThat(resolve("at=2030-06-01T00:00:00Z").body().get("priceFen").asLong()).isEqualTo(1500);
        assertThat(resolve("at=2030-06-08T00:00:00Z").body().get("priceFen").asLong()).isEqualTo(1800);
    }

    @Test
    void the_price_check_explains_in_yuan_and_names_the_store_in_the_callers_language() {
        allowStorePricesWithin(10);
        setPrices(sku, List.of(listPrice(2000), storePrice(1800)));
        String path = "/api/v1/prices/resolve?skuId=" + sku + "&channel=POS&storeId=" + brand.storeId();

        Reply chinese = api.send("GET", path, admin, null, null, Map.of("Accept-Language", "zh-CN"));
        Reply english = api.send("GET", path, admin, null, null, Map.of("Accept-Language", "en"));

        assertThat(chinese.body().get("explanation").asString())
                .isEqualTo("标价（¥20.00）；门店自定价取而代之（¥18.00） → 按门店价规则定价 ¥18.00");
        assertThat(english.body().get("explanation").asString())
                .isEqualTo("list price (¥20.00); the store's own price replaces it (¥18.00) → ¥18.00 by the store"
                           + " price rule")
                .doesNotContain("fen");
        JsonNode store = english.body().get("candidates").findParents("kind").stream()
                .filter(c -> c.get("kind").asString().equals("STORE")).findFirst().orElseThrow();
        assertThat(store.get("keyName").asString()).isEqualTo("Store One " + brand.code() + " (S1-" + brand.code() + ")");
    }

    @Test
    void members_channels_and_the_explanation_come_back_from_resolve() {
        setPrices(sku, List.of(listPrice(1800), Map.of("kind", "TIER", "tierCode", "GOLD", "priceFen", 1500),
                Map.of("kind", "CHANNEL", "channel", "GROUP_BUY", "priceFen", 1200)));

        Reply gold = resolve("channel=POS&tierCode=GOLD");
        Reply groupBuy = resolve("channel=GROUP_BUY&tierCode=GOLD");

        assertThat(gold.body().get("priceFen").asLong()).isEqualTo(1500);
        assertThat(gold.body().get("rule").asString()).isEqualTo("TIER");
        assertThat(gold.body().get("explanation").asString()).contains("GOLD");
        assertThat(groupBuy.body().get("priceFen").asLong()).isEqualTo(1200);
        assertThat(groupBuy.body().get("candidates").size()).isEqualTo(3);
    }

    @Test
    void a_product_goes_on_shelf_once_every_sku_has_a_list_price_and_price_changes_are_audited() {
        product.body().get("skus").forEach(s -> assertThat(setPrices(s.get("id").asString(),
                List.of(listPrice(1800))).status()).isEqualTo(200));

        Reply onShelf = api.post("/api/v1/products/" + product.id() + "/on-shelf", admin, Map.of());

        assertThat(onShelf.status()).as(onShelf.toString()).isEqualTo(200);
        assertThat(onShelf.body().get("status").asString()).isEqualTo("ON_SHELF");
        assertThat(brands.jdbc().sql("select count(*) from audit_event where tenant_id = :t and action = :a")
                .param("t", brand.tenantId()).param("a", "sku.prices-set").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void a_cashier_resolves_prices_but_cannot_set_them() {
        setPrices(sku, List.of(listPrice(1800)));
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        assertThat(api.get("/api/v1/prices/resolve?skuId=" + sku + "&channel=POS", cashier).body().get("priceFen")
                .asLong()).isEqualTo(1800);
        assertThat(api.put("/api/v1/skus/" + sku + "/prices", cashier, Map.of("prices", List.of(listPrice(1))))
                .status()).isEqualTo(403);
    }
}

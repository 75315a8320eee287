package io.oneshelf.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A brand whose online orders may use its franchised store's stock (routing rule ALWAYS, stores first): tea is in
 * stock only at the franchised store two, cake only at the brand's warehouse, both shared with online. Orders are
 * delivered guides' orders paid in cash, so the test drives everything through the API.
 */
public final class SettlementFixture {

    public static final Duration WAIT = Duration.ofSeconds(30);

    public final Brand brand;
    public final String admin;
    public final UUID tea;
    public final UUID cake;
    private final Api api;

    public SettlementFixture(Api api, BrandFixture brands, SkuFixture skus) {
        this.api = api;
        this.brand = brands.aBrand();
        this.admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        this.tea = skus.aPricedSku(brand, 1500);
        this.cake = skus.aPricedSku(brand, 8800);
        Reply rule = api.put("/api/v1/routing-rules", admin, Map.of("preference", "PREFER_STORES",
                "sameCityMaxKm", 5, "franchiseStock", "ALWAYS", "franchiseBuffer", 0, "version", 0));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(200);
        for (UUID place : List.of(brand.otherStoreId(), brand.warehouseId())) {
            Reply online = api.put("/api/v1/stock-locations/" + place, admin,
                    Map.of("sharedWithOnline", true, "safetyStock", 0));
            assertThat(online.status()).as(online.toString()).isEqualTo(200);
        }
        StockClient stock = new StockClient(api, admin);
        assertThat(stock.receive(tea, brand.otherStoreId(), 10).status()).isEqualTo(201);
        assertThat(stock.receive(cake, brand.warehouseId(), 10).status()).isEqualTo(201);
    }

    public String login(String who) {
        return api.login(brand.login(who), BrandFixture.PASSWORD);
    }

    /** A guide's delivered order placed by {@code staffToken}, paid in cash by the admin; its id. */
    public String aPaidDelivery(String staffToken, UUID sku, long quantity) {
        Reply placed = api.post("/api/v1/orders", staffToken, Map.of("channel", "GUIDE", "fulfilment", "EXPRESS",
                "customerId", UUID.randomUUID(), "lines", List.of(Map.of("skuId", sku, "quantity", quantity)),
                "address", Map.of("recipient", "Wang Fang", "phone", "13812345678", "text", "Nanjing Rd 1",
                        "latitude", 31.23, "longitude", 121.47)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        long total = placed.body().get("total").asLong();
        Reply pay = api.post("/api/v1/orders/" + placed.id() + "/payments", admin, Map.of("tender", "CASH",
                "amount", total, "cashTendered", total));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(200);
        return placed.id();
    }

    /** The order's settlement entries as the caller sees them, once there are {@code count}. */
    public List<JsonNode> entriesOf(String orderId, String token, int count) {
        return Eventually.until(count + " settlement entries of order " + orderId, WAIT,
                () -> entries(orderId, token), e -> e.size() == count);
    }

    public List<JsonNode> entries(String orderId, String token) {
        Reply page = api.get("/api/v1/settlements?orderId=" + orderId, token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.body().get("items").forEach(items::add);
        return items;
    }
}

package io.oneshelf.analytics.today;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.OrderCancelled;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The home dashboard's figures of the day, as the order events keep them, for the brand and for one store. */
class TodayFiguresTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Autowired
    OrderFigures figures;

    private Brand brand;
    private String admin;
    private String manager;
    private UUID tea;

    @BeforeEach
    void twoStoresWithTea() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        tea = skus.aPricedSku(brand, 1500);
        StockClient stock = new StockClient(api, admin);
        for (UUID store : List.of(brand.storeId(), brand.otherStoreId())) {
            assertThat(stock.receive(tea, store, 20).status()).isEqualTo(201);
            assertThat(api.put("/api/v1/stock-locations/" + store, admin,
                    Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
        }
    }

    @Test
    void todays_orders_and_sales_by_channel_and_store_follow_the_events_within_each_scope() {
        assertThat(today(admin).get("total").get("orders").asLong()).isZero();
        String sale = place(tillSale(brand.storeId(), 2)).id();
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        String guided = place(guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(),
                "customerId", UUID.randomUUID(), "lines", List.of(Map.of("skuId", tea, "quantity", 1)))).id();
        place(tillSale(brand.otherStoreId(), 1));

        JsonNode all = until(admin, "three orders, ¥45 sold", t -> total(t, 3, 4500));
        assertThat(channel(all, "POS")).containsExactly(2L, 4500L);
        assertThat(channel(all, "GUIDE")).containsExactly(1L, 0L);
        assertThat(store(all, brand.storeId())).containsExactly(2L, 3000L);
        assertThat(store(all, brand.otherStoreId())).containsExactly(1L, 1500L);
        assertThat(all.get("day").asString()).isNotBlank();
        assertThat(all.get("timeZone").asString()).isNotBlank();
        JsonNode mine = today(manager);
        assertThat(mine.get("total").get("orders").asLong()).isEqualTo(2);
        assertThat(mine.get("total").get("sales").asLong()).isEqualTo(3000);
        assertThat(store(mine, brand.otherStoreId())).isEmpty();

        assertThat(api.post("/api/v1/orders/" + guided + "/cancel", admin, Map.of()).status()).isEqualTo(200);
        until(admin, "the cancelled order left out", t -> total(t, 2, 4500));
        Reply back = api.post("/api/v1/orders/" + sale + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        JsonNode after = until(admin, "the return taken off the sales", t -> total(t, 2, 3000));
        assertThat(after.get("total").get("returned").asLong()).isEqualTo(1500);
        assertThat(store(after, brand.storeId())).containsExactly(1L, 1500L);
    }

    @Test
    void an_event_heard_again_changes_nothing() {
        String sale = place(tillSale(brand.storeId(), 1)).id();
        until(admin, "the sale counted", t -> total(t, 1, 1500));

        java.time.OffsetDateTime written = writtenAt(sale);

        // a cancel heard of an order that was not cancelled (a stale copy): the order as it is now is written again
        OrderCancelled stale = new OrderCancelled(brand.tenantId(), UUID.fromString(sale), "n/a",
                CancelOrder.Reason.STAFF, 0, List.of());
        figures.on(stale);
        figures.on(stale);
        Eventually.until("the copies handled", Duration.ofSeconds(20), () -> writtenAt(sale),
                at -> at.isAfter(written));

        assertThat(total(today(admin), 1, 1500)).isTrue();
        assertThat(brands.count("sales_day_order", brand.tenantId())).isEqualTo(1);
    }

    private java.time.OffsetDateTime writtenAt(String order) {
        return brands.jdbc().sql("select updated_at from sales_day_order where order_id = :o")
                .param("o", UUID.fromString(order)).query(java.time.OffsetDateTime.class).single();
    }

    private JsonNode today(String token) {
        Reply today = api.get("/api/v1/dashboard/today", token);
        assertThat(today.status()).as(today.toString()).isEqualTo(200);
        return today.body();
    }

    private JsonNode until(String token, String what, java.util.function.Predicate<JsonNode> done) {
        return Eventually.until(what, Duration.ofSeconds(20), () -> today(token), done);
    }

    private static boolean total(JsonNode today, long orders, long sales) {
        return today.get("total").get("orders").asLong() == orders && today.get("total").get("sales").asLong() == sales;
    }

    private static List<Long> channel(JsonNode today, String channel) {
        for (JsonNode c : today.get("channels")) {
            if (c.get("channel").asString().equals(channel)) {
                return List.of(c.get("figures").get("orders").asLong(), c.get("figures").get("sales").asLong());
            }
        }
        return List.of();
    }

    private static List<Long> store(JsonNode today, UUID storeId) {
        for (JsonNode s : today.get("stores")) {
            if (!s.get("storeId").isNull() && storeId.toString().equals(s.get("storeId").asString())) {
                assertThat(s.get("storeName").asString()).isNotBlank();
                return List.of(s.get("figures").get("orders").asLong(), s.get("figures").get("sales").asLong());
            }
        }
        return List.of();
    }

    private Reply place(Map<String, Object> body) {
        return place(admin, body);
    }

    private Reply place(String token, Map<String, Object> body) {
        Reply placed = api.post("/api/v1/orders", token, body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed;
    }

    private Map<String, Object> tillSale(UUID store, long quantity) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", store,
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity))));
        body.put("tenders", List.of(Map.of("tender", "CASH", "amount", 1500 * quantity, "cashTendered", 5000)));
        return body;
    }
}

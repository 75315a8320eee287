package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The ledger as a history: newest first, a time window, and cursors that go both ways without skipping a row. */
class StockMovementHistoryTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private String movements(String token, String query) {
        Reply reply = api.get("/api/v1/stock/movements?" + query, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.raw();
    }

    private static List<Long> quantities(JsonNode page) {
        List<Long> q = new ArrayList<>();
        page.get("items").forEach(m -> q.add(m.get("onHandDelta").asLong()));
        return q;
    }

    private JsonNode page(String token, String query) {
        Reply reply = api.get("/api/v1/stock/movements?" + query, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void movements_list_newest_first_and_cursors_go_older_and_back_newer_without_skipping() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        for (int i = 1; i <= 7; i++) {
            assertThat(admin.receive(sku, brand.storeId(), i).status()).isEqualTo(201);
        }
        String q = "skuId=" + sku + "&limit=3";

        JsonNode first = page(admin.token(), q);
        assertThat(quantities(first)).containsExactly(7L, 6L, 5L);
        assertThat(first.get("previousCursor").isNull()).isTrue();
        JsonNode second = page(admin.token(), q + "&cursor=" + first.get("nextCursor").asString());
        assertThat(quantities(second)).containsExactly(4L, 3L, 2L);
        JsonNode third = page(admin.token(), q + "&cursor=" + second.get("nextCursor").asString());
        assertThat(quantities(third)).containsExactly(1L);
        assertThat(third.get("nextCursor").isNull()).isTrue();

        JsonNode back = page(admin.token(), q + "&cursor=" + third.get("previousCursor").asString());
        assertThat(quantities(back)).containsExactly(4L, 3L, 2L);
        JsonNode backAgain = page(admin.token(), q + "&cursor=" + back.get("previousCursor").asString());
        assertThat(quantities(backAgain)).containsExactly(7L, 6L, 5L);
        assertThat(backAgain.get("previousCursor").isNull()).isTrue();

        assertThat(quantities(page(admin.token(), q + "&order=oldest"))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_time_window_keeps_movements_recorded_from_its_start_and_before_its_end() throws Exception {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(sku, brand.storeId(), 1);
        Thread.sleep(20);
        OffsetDateTime between = OffsetDateTime.now();
        Thread.sleep(20);
        admin.receive(sku, brand.storeId(), 2);
        String at = URLEncoder.encode(between.toString(), StandardCharsets.UTF_8);

        assertThat(quantities(page(admin.token(), "skuId=" + sku + "&to=" + at))).containsExactly(1L);
        assertThat(quantities(page(admin.token(), "skuId=" + sku + "&from=" + at))).containsExactly(2L);
        assertThat(quantities(page(admin.token(), "skuId=" + sku + "&to="
                + URLEncoder.encode(between.minusYears(1).toString(), StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void a_window_that_ends_before_it_starts_or_an_unknown_order_is_refused_naming_the_field() {
        Brand brand = brands.aBrand();
        String token = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply backwards = api.get("/api/v1/stock/movements?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z", token);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").get(0).get("field").asString()).isEqualTo("to");
        Reply order = api.get("/api/v1/stock/movements?order=sideways", token);
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.body().get("errors").get(0).get("field").asString()).isEqualTo("order");
        Reply cursor = api.get("/api/v1/stock/movements?cursor=bm90LWEtY3Vyc29y", token);
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.body().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void a_store_manager_sees_only_the_movements_of_the_store() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(sku, brand.storeId(), 3);
        admin.receive(sku, brand.otherStoreId(), 4);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);

        assertThat(quantities(page(manager, "skuId=" + sku))).containsExactly(3L);
        assertThat(quantities(page(admin.token(), "skuId=" + sku))).containsExactly(4L, 3L);
        assertThat(quantities(page(manager, "locationId=" + brand.otherStoreId()))).isEmpty();
        assertThat(movements(manager, "locationId=" + brand.storeId())).contains("\"onHandDelta\":3");
    }
}

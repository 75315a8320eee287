package io.oneshelf.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The event feed as an integrator pulls it: in commit order, a cursor to loop on, scoped like everything else. */
class EventFeedApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_receipt_and_an_adjustment_arrive_in_order_with_their_data_and_the_cursor_loops() {
        Brand brand = brands.aBrand();
        String admin = login(brand, "admin");
        UUID sku = skus.aSku(brand);
        receive(admin, sku, brand.storeId(), 10);
        assertThat(api.post("/api/v1/stock/adjustments", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", -2, "reason", "broken")).status()).isEqualTo(201);

        List<JsonNode> stock = pullAll(admin, "types=inventory.stock.received,inventory.stock.adjusted", 2);
        assertThat(stock).extracting(e -> e.get("type").asString())
                .containsExactly("inventory.stock.received", "inventory.stock.adjusted");
        JsonNode received = stock.get(0);
        assertThat(received.get("version").asInt()).isEqualTo(1);
        assertThat(received.get("aggregateId").asString()).isEqualTo(sku.toString());
        assertThat(received.get("data").get("locationId").asString()).isEqualTo(brand.storeId().toString());
        assertThat(received.get("data").get("quantity").asLong()).isEqualTo(10);
        assertThat(received.get("data").get("skuCode").asString()).isNotBlank();
        assertThat(stock.get(1).get("data").get("quantity").asLong()).isEqualTo(-2);
        assertThat(stock.get(1).get("data").get("reason").asString()).isEqualTo("broken");
    }

    @Test
    void an_empty_answer_keeps_the_cursor_so_a_poller_loops_without_losing_its_place() {
        Brand brand = brands.aBrand();
        String admin = login(brand, "admin");
        Reply first = api.get("/api/v1/events?limit=200", admin);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String cursor = first.body().get("nextCursor").asString();
        assertThat(cursor).matches("\\d+-\\d+");

        Reply nothingNew = api.get("/api/v1/events?after=" + cursor, admin);
        assertThat(nothingNew.body().get("items").size()).isZero();
        assertThat(nothingNew.body().get("nextCursor").asString()).isEqualTo(cursor);

        receive(admin, skus.aSku(brand), brand.storeId(), 3);
        JsonNode later = Eventually.until("the receipt in the feed", Duration.ofSeconds(10),
                () -> api.get("/api/v1/events?types=inventory.stock.received&after=" + cursor, admin).body(),
                page -> page.get("items").size() == 1);
        assertThat(later.get("nextCursor").asString()).isNotEqualTo(cursor);
    }

    @Test
    void a_store_scoped_caller_sees_only_its_places_and_nothing_brand_wide_while_another_brand_sees_nothing() {
        Brand brand = brands.aBrand();
        String admin = login(brand, "admin");
        UUID sku = skus.aSku(brand);
        receive(admin, sku, brand.storeId(), 5);
        receive(admin, sku, brand.otherStoreId(), 7);
        assertThat(api.put("/api/v1/price-policy", admin, Map.of("storeOverride", "WITHIN_BAND", "bandPercent", 10,
                "version", 0)).status()).isEqualTo(200);
        List<JsonNode> all = pullAll(admin, "", 3);
        assertThat(all).extracting(e -> e.get("type").asString()).containsExactly("inventory.stock.received",
                "inventory.stock.received", "catalog.price-policy.changed");

        List<JsonNode> manager = pullAll(login(brand, "manager"), "", 1);
        assertThat(manager).extracting(e -> e.get("data").get("locationId").asString())
                .containsExactly(brand.storeId().toString());
        assertThat(pullAll(login(brand, "region"), "types=inventory.stock.received", 1))
                .extracting(e -> e.get("data").get("quantity").asLong()).containsExactly(5L);

        Brand other = brands.aBrand();
        Reply intruder = api.get("/api/v1/events?limit=200", login(other, "admin"));
        assertThat(intruder.raw()).doesNotContain(brand.tenantId().toString()).doesNotContain(sku.toString());
    }

    @Test
    void roles_without_the_event_feed_are_refused() {
        Brand brand = brands.aBrand();
        assertThat(api.get("/api/v1/events", login(brand, "cashier")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/events", null).status()).isEqualTo(401);
    }

    @Test
    void a_bad_cursor_an_unknown_type_or_limit_is_a_problem_naming_the_parameter() {
        String admin = login(brands.aBrand(), "admin");
        assertField(api.get("/api/v1/events?after=12x", admin), "after");
        assertField(api.get("/api/v1/events?types=inventory.stock.received,nope.nothing.happened", admin), "types");
        assertField(api.get("/api/v1/events?limit=0", admin), "limit");
        assertField(api.get("/api/v1/events?limit=201", admin), "limit");
    }

    @Test
    void low_stock_is_announced_when_a_balance_crosses_into_it_and_not_again_while_it_stays_low() {
        Brand brand = brands.aBrand();
        String admin = login(brand, "admin");
        UUID sku = skus.aSku(brand);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 2)).status()).isEqualTo(200);
        receive(admin, sku, brand.storeId(), 10);
        adjust(admin, sku, brand.storeId(), -5); // available 3: still above the safety stock of 2
        adjust(admin, sku, brand.storeId(), -2); // available 1: low
        adjust(admin, sku, brand.storeId(), -1); // still low: no second event
        receive(admin, sku, brand.storeId(), 10); // out of it
        adjust(admin, sku, brand.storeId(), -12); // low again

        List<JsonNode> low = pullAll(admin, "types=inventory.stock.low", 2);
        assertThat(low).extracting(e -> e.get("data").get("onHand").asLong()).containsExactly(3L, 0L);
        assertThat(low.get(0).get("data").get("safetyStock").asLong()).isEqualTo(2);
        assertThat(low.get(0).get("data").get("available").asLong()).isEqualTo(1);
    }

    @Test
    void the_catalogue_of_event_types_describes_each_type_and_its_data() {
        Reply types = api.get("/api/v1/event-types", login(brands.aBrand(), "cashier"));
        assertThat(types.status()).as(types.toString()).isEqualTo(200);
        JsonNode received = null;
        for (JsonNode t : types.body().get("items")) {
            if (t.get("type").asString().equals("inventory.stock.received")) {
                received = t;
            }
        }
        assertThat(received).isNotNull();
        assertThat(received.get("module").asString()).isEqualTo("inventory");
        assertThat(received.get("description").asString()).isNotBlank();
        JsonNode properties = received.get("schema").get("properties");
        assertThat(properties.get("skuId").get("format").asString()).isEqualTo("uuid");
        assertThat(properties.get("quantity").get("type").asString()).isEqualTo("integer");
    }

    /** Pulls with limit 1 until {@code expected} events came, proving the cursor goes on without repeats. */
    private List<JsonNode> pullAll(String token, String query, int expected) {
        return Eventually.until(expected + " events", Duration.ofSeconds(10), () -> {
            List<JsonNode> items = new ArrayList<>();
            String cursor = null;
            for (int i = 0; i < 50; i++) {
                Reply page = api.get("/api/v1/events?limit=1" + (query.isEmpty() ? "" : "&" + query)
                                     + (cursor == null ? "" : "&after=" + cursor), token);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                page.body().get("items").forEach(items::add);
                String next = page.body().get("nextCursor").asString();
                if (next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
            return items;
        }, items -> items.size() >= expected);
    }

    private void receive(String token, UUID sku, UUID place, long quantity) {
        Reply r = api.post("/api/v1/stock/receipts", token, Map.of("skuId", sku, "locationId", place,
                "quantity", quantity));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private void adjust(String token, UUID sku, UUID place, long quantity) {
        Reply r = api.post("/api/v1/stock/adjustments", token, Map.of("skuId", sku, "locationId", place,
                "quantity", quantity, "reason", "count"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private String login(Brand brand, String who) {
        return api.login(brand.login(who), BrandFixture.PASSWORD);
    }
}

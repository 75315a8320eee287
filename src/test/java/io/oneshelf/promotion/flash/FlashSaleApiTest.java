package io.oneshelf.promotion.flash;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Flash sales (秒殺) over the API: kept by brand-wide staff and checked, priced for signed-in customers up to their
 * limit and the allocation, refused with 409 on the line beyond them (never sold at full price by surprise), given
 * back when an order is cancelled, and never oversold however many customers buy at once.
 */
class FlashSaleApiTest extends ApiTest {

    private static final long LIST = 12_800;
    private static final long FLASH = 6_900;

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private String guide;
    private UUID cup;

    @BeforeEach
    void aBrandWithACupInOnlineStock() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        cup = skus.aPricedSku(brand, LIST);
        Reply receipt = api.post("/api/v1/stock/receipts", admin, Map.of("skuId", cup, "locationId", brand.storeId(),
                "quantity", 100));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
    }

    @Test
    void a_customer_buys_at_the_flash_price_up_to_their_limit_and_the_discount_is_explained() {
        String sale = created(sale(5, 2));
        UUID customer = UUID.randomUUID();

        Reply order = api.post("/api/v1/orders", guide, order(customer, 2));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        JsonNode o = order.body();
        assertThat(o.get("total").asLong()).isEqualTo(2 * FLASH);
        assertThat(o.get("lines").get(0).get("amount").asLong() - o.get("lines").get(0).get("discount").asLong())
                .isEqualTo(2 * FLASH);
        JsonNode why = o.get("discounts").get(0);
        assertThat(why.get("kind").asString()).isEqualTo("FLASH_SALE");
        assertThat(why.get("ruleId").asString()).isEqualTo(sale);
        assertThat(why.get("amount").asLong()).isEqualTo(2 * (LIST - FLASH));
        JsonNode item = api.get("/api/v1/flash-sales/" + sale, admin).body().get("items").get(0);
        assertThat(item.get("sold").asInt()).isEqualTo(2);
        assertThat(item.get("remaining").asInt()).isEqualTo(3);

        Reply third = api.post("/api/v1/orders", guide, order(customer, 1));
        assertThat(third.status()).as(third.toString()).isEqualTo(409);
        assertThat(third.body().get("errors").findValuesAsString("field")).containsExactly("lines[0].quantity");
        assertThat(brands.count("sales_order", brand.tenantId())).isEqualTo(1);

        // an anonymous till sale has no customer to count: it pays the book price
        Reply till = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "lines", List.of(Map.of("skuId", cup, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", LIST, "cashTendered", LIST))));
        assertThat(till.status()).as(till.toString()).isEqualTo(201);
        assertThat(till.body().get("total").asLong()).isEqualTo(LIST);
    }

    @Test
    void when_the_allocation_is_gone_a_checkout_of_the_flash_sku_is_refused_409_naming_the_line() {
        created(sale(1, 2));
        assertThat(api.post("/api/v1/orders", guide, order(UUID.randomUUID(), 1)).status()).isEqualTo(201);

        Reply quote = api.post("/api/v1/orders/quote", guide, order(UUID.randomUUID(), 1));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(409);
        Reply late = api.post("/api/v1/orders", guide, order(UUID.randomUUID(), 1));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
        assertThat(late.body().get("errors").findValuesAsString("field")).containsExactly("lines[0].skuId");
        assertThat(late.body().get("errors").get(0).get("message").asString()).contains("sold out");
        assertThat(brands.count("sales_order", brand.tenantId())).isEqualTo(1);
        assertThat(held()).isEqualTo(1);
    }

    @Test
    void a_cancelled_order_gives_its_units_back_to_the_allocation_and_the_customers_limit() {
        String sale = created(sale(2, 2));
        UUID customer = UUID.randomUUID();
        Reply order = api.post("/api/v1/orders", guide, order(customer, 2));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(api.post("/api/v1/orders", guide, order(UUID.randomUUID(), 1)).status()).isEqualTo(409);

        Reply cancelled = api.post("/api/v1/orders/" + order.id() + "/cancel", guide, Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Eventually.until("the units given back", Duration.ofSeconds(30),
                () -> api.get("/api/v1/flash-sales/" + sale, admin).body().get("items").get(0).get("sold").asInt(),
                sold -> sold == 0);
        assertThat(api.post("/api/v1/orders", guide, order(customer, 2)).status()).isEqualTo(201);
    }

    @Test
    void a_sale_is_read_listed_changed_with_its_version_and_deactivated_it_no_longer_prices() {
        String sale = created(sale(5, 2));
        assertThat(api.get("/api/v1/flash-sales", admin).body().get("items").size()).isEqualTo(1);
        assertThat(api.post("/api/v1/orders", guide, order(UUID.randomUUID(), 2)).status()).isEqualTo(201);

        Map<String, Object> below = sale(1, 2);
        below.put("version", 1);
        assertRefused(api.put("/api/v1/flash-sales/" + sale, admin, below), "items[0].allocation");
        Map<String, Object> more = sale(8, 3);
        more.put("version", 1);
        Reply changed = api.put("/api/v1/flash-sales/" + sale, admin, more);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().get("version").asInt()).isEqualTo(2);
        assertThat(changed.body().get("items").get(0).get("remaining").asInt()).isEqualTo(6);
        assertThat(api.put("/api/v1/flash-sales/" + sale, admin, more).status()).isEqualTo(409);

        Reply off = api.post("/api/v1/flash-sales/" + sale + "/deactivate", admin, Map.of());
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.body().get("active").asBoolean()).isFalse();
        Reply quote = api.post("/api/v1/orders/quote", guide, order(UUID.randomUUID(), 1));
        assertThat(quote.body().get("total").asLong()).isEqualTo(LIST);
        assertThat(api.post("/api/v1/flash-sales/" + sale + "/activate", admin, Map.of()).body().get("active")
                .asBoolean()).isTrue();
        assertThat(api.post("/api/v1/orders/quote", guide, order(UUID.randomUUID(), 1)).body().get("total").asLong())
                .isEqualTo(FLASH);
    }

    @Test
    void bad_flash_sales_are_refused_naming_the_field_and_nothing_is_kept() {
        assertRefused(api.post("/api/v1/flash-sales", admin, withItem(LIST, 5)), "items[0].price");
        assertRefused(api.post("/api/v1/flash-sales", admin, withItem(0, 5)), "items[0].price");
        assertRefused(api.post("/api/v1/flash-sales", admin, withItem(FLASH, 0)), "items[0].allocation");
        assertRefused(api.post("/api/v1/flash-sales", admin, withItem(FLASH, 101)), "items[0].allocation");
        Map<String, Object> backwards = sale(5, 2);
        backwards.put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString());
        assertRefused(api.post("/api/v1/flash-sales", admin, backwards), "endsAt");
        Map<String, Object> foreign = sale(5, 2);
        foreign.put("items", List.of(Map.of("skuId", skus.aPricedSku(brands.aBrand(), LIST), "price", FLASH,
                "allocation", 1)));
        assertRefused(api.post("/api/v1/flash-sales", admin, foreign), "items[0].skuId");
        Map<String, Object> twice = sale(5, 2);
        twice.put("items", List.of(item(FLASH, 1), item(FLASH, 1)));
        assertRefused(api.post("/api/v1/flash-sales", admin, twice), "items[1].skuId");
        Map<String, Object> noLimit = sale(5, 2);
        noLimit.remove("perCustomer");
        assertRefused(api.post("/api/v1/flash-sales", admin, noLimit), "perCustomer");

        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/flash-sales", manager, sale(5, 2)).status()).isEqualTo(403);
        assertThat(brands.count("flash_sale", brand.tenantId())).isZero();
    }

    @Test
    void sixty_customers_at_once_on_an_allocation_of_twenty_place_exactly_twenty_orders_and_the_rest_get_409()
            throws Exception {
        String sale = created(sale(20, 1));
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                return api.post("/api/v1/orders", guide, order(UUID.randomUUID(), 1)).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : tries) {
            statuses.add(f.get(180, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(20);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(40);
        assertThat(brands.count("sales_order", brand.tenantId())).isEqualTo(20);
        JsonNode item = api.get("/api/v1/flash-sales/" + sale, admin).body().get("items").get(0);
        assertThat(item.get("sold").asInt()).isEqualTo(20);
        assertThat(brands.jdbc().sql("select count(*) from flash_sale_claim where tenant_id = :t and released_at "
                + "is null").param("t", brand.tenantId()).query(Integer.class).single()).isEqualTo(20);
        // the refused checkouts' stock holds were released: exactly the twenty orders' units are held
        assertThat(held()).isEqualTo(20);
        assertThat(brands.jdbc().sql("""
                        select coalesce(sum(l.quantity), 0) from stock_reservation r
                        join stock_reservation_line l on l.reservation_id = r.id
                        where r.tenant_id = :t and r.status = 'HELD'""")
                .param("t", brand.tenantId()).query(Long.class).single()).isEqualTo(20);
    }

    private long held() {
        return brands.jdbc().sql("select reserved from stock_balance where tenant_id = :t and sku_id = :s")
                .param("t", brand.tenantId()).param("s", cup).query(Long.class).single();
    }

    private String created(Map<String, Object> body) {
        Reply created = api.post("/api/v1/flash-sales", admin, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/flash-sales/" + created.id());
        return created.id();
    }

    private void assertRefused(Reply bad, String field) {
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body().get("errors").findValuesAsString("field")).as(bad.toString()).contains(field);
    }

    private Map<String, Object> sale(int allocation, int perCustomer) {
        return new LinkedHashMap<>(Map.of("name", "保温杯秒杀", "items", List.of(item(FLASH, allocation)),
                "perCustomer", perCustomer, "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString()));
    }

    private Map<String, Object> withItem(long price, int allocation) {
        Map<String, Object> body = sale(1, 2);
        body.put("items", List.of(item(price, allocation)));
        return body;
    }

    private Map<String, Object> item(long price, int allocation) {
        return Map.of("skuId", cup, "price", price, "allocation", allocation);
    }

    private Map<String, Object> order(UUID customer, int quantity) {
        return Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(), "customerId", customer,
                "lines", List.of(Map.of("skuId", cup, "quantity", quantity)));
    }
}

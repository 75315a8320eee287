package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OrderApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Autowired
    UnpaidOrders unpaid;

    private Brand brand;
    private String admin;
    private String cashier;
    private String guide;
    private StockClient stock;
    private UUID tea;

    @BeforeEach
    void aStoreWithTeaInStock() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), "Passw0rd!");
        cashier = api.login(brand.login("cashier"), "Passw0rd!");
        guide = api.login(brand.login("guide"), "Passw0rd!");
        stock = new StockClient(api, admin);
        tea = skus.aPricedSku(brand, 1500);
        Reply online = api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 2));
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        assertThat(stock.receive(tea, brand.storeId(), 10).status()).isEqualTo(201);
    }

    @Test
    void a_till_sale_paid_in_cash_completes_at_once_and_takes_the_stock() {
        Reply sale = api.post("/api/v1/orders", cashier, tillSale(2, List.of(cash(3000, 5000))));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        JsonNode order = sale.body();
        assertThat(order.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(order.get("total").asLong()).isEqualTo(3000);
        assertThat(order.get("paid").asLong()).isEqualTo(3000);
        assertThat(order.get("outstanding").asLong()).isZero();
        assertThat(order.get("lines").get(0).get("placeId").asText()).isEqualTo(brand.storeId().toString());
        assertThat(statuses(order)).containsExactly("CREATED", "PAID", "COMPLETED");
        assertThat(order.get("timeline").get(0).get("actorName").isNull()).isFalse();
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(8);
        stock.assertLedgerMatchesBalances();
        assertThat(api.get("/api/v1/orders/" + order.get("id").asText(), cashier).status()).isEqualTo(200);
    }

    @Test
    void split_tenders_must_add_up_to_the_total_or_nothing_happens() {
        Reply short_ = api.post("/api/v1/orders", cashier, tillSale(2, List.of(cash(1000, 1000),
                Map.of("tender", "CARD", "amount", 1900, "cardReference", "T-1"))));

        assertThat(short_.status()).as(short_.toString()).isEqualTo(400);
        assertThat(short_.raw()).contains("\"tenders\"");
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(10);

        Reply split = api.post("/api/v1/orders", cashier, tillSale(2, List.of(cash(1000, 1000),
                Map.of("tender", "CARD", "amount", 2000, "cardReference", "T-1"))));
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        assertThat(split.body().get("paid").asLong()).isEqualTo(3000);
    }

    @Test
    void a_till_sale_beyond_the_stock_is_refused_on_its_line() {
        Reply sale = api.post("/api/v1/orders", cashier, tillSale(11, List.of(cash(16500, 20000))));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(409);
        assertThat(sale.raw()).contains("lines[0].quantity");
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(10);
    }

    @Test
    void a_cashier_sells_only_at_a_store_of_their_scope() {
        Map<String, Object> body = new java.util.HashMap<>(tillSale(1, List.of(cash(1500, 1500))));
        body.put("storeId", brand.otherStoreId());

        Reply sale = api.post("/api/v1/orders", cashier, body);

        assertThat(sale.status()).as(sale.toString()).isEqualTo(400);
        assertThat(sale.raw()).contains("\"storeId\"");
    }

    @Test
    void the_answer_to_placing_an_order_is_the_order_as_it_is_read_later() {
        Reply placed = api.post("/api/v1/orders", guide, guidePickup(1));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

        JsonNode read = api.get("/api/v1/orders/" + placed.body().get("id").asText(), guide).body();

        for (String field : List.of("number", "status", "createdAt", "expiresAt", "timeline", "lines", "total")) {
            assertThat(placed.body().get(field)).as(field).isEqualTo(read.get(field));
        }
        assertThat(read.get("timeline").get(0).get("actorName").isNull()).isFalse();
    }

    @Test
    void a_guides_pickup_order_holds_the_stock_until_it_is_cancelled() {
        Reply placed = api.post("/api/v1/orders", guide, guidePickup(3));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.body();
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
        assertThat(order.get("total").asLong()).isEqualTo(4500);
        assertThat(order.get("shippingFee").asLong()).isZero();
        assertThat(order.get("expiresAt").isNull()).isFalse();
        assertThat(order.get("routing").size()).isPositive();
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10, 3, 5);

        Reply cancelled = api.post("/api/v1/orders/" + order.get("id").asText() + "/cancel", guide, Map.of());

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(statuses(cancelled.body())).containsExactly("CREATED", "CANCELLED");
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10, 0, 8);
        Reply again = api.post("/api/v1/orders/" + order.get("id").asText() + "/cancel", guide, Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    void an_order_paid_in_cash_at_the_store_is_paid_and_its_stock_sold() {
        JsonNode order = api.post("/api/v1/orders", guide, guidePickup(2)).body();
        String id = order.get("id").asText();

        Reply part = api.post("/api/v1/orders/" + id + "/payments", guide,
                Map.of("tender", "CASH", "amount", 1000, "cashTendered", 1000));
        assertThat(part.status()).as(part.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + id, guide).body().get("status").asText()).isEqualTo("CREATED");
        Reply tooMuch = api.post("/api/v1/orders/" + id + "/payments", guide,
                Map.of("tender", "CARD", "amount", 2500, "cardReference", "T-9"));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        assertThat(tooMuch.raw()).contains("\"amount\"");
        Reply rest = api.post("/api/v1/orders/" + id + "/payments", guide,
                Map.of("tender", "CARD", "amount", 2000, "cardReference", "T-9"));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(200);

        JsonNode paid = api.get("/api/v1/orders/" + id, guide).body();
        // the store's fulfilment picks a paid pickup up at once (FULFILLING)
        assertThat(paid.get("status").asText()).isIn("PAID", "FULFILLING");
        assertThat(paid.get("paid").asLong()).isEqualTo(3000);
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(8, 0, 6);
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void a_paid_order_cancelled_by_the_store_is_refunded_and_restocked() {
        String id = api.post("/api/v1/orders", guide, guidePickup(2)).body().get("id").asText();
        api.post("/api/v1/orders/" + id + "/payments", guide, Map.of("tender", "CASH", "amount", 3000,
                "cashTendered", 3000));

        Reply cancelled = api.post("/api/v1/orders/" + id + "/cancel", guide, Map.of("note", "changed mind"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("refunded").asLong()).isEqualTo(3000);
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10, 0, 8);
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void a_line_bought_at_one_store_is_returned_at_another_and_refunded() {
        JsonNode order = api.post("/api/v1/orders", guide, guidePickup(2)).body();
        String id = order.get("id").asText();
        api.post("/api/v1/orders/" + id + "/payments", guide, Map.of("tender", "CASH", "amount", 3000,
                "cashTendered", 3000));
        String other = api.login(brand.login("othermanager"), "Passw0rd!");
        assertThat(api.get("/api/v1/orders/lookup?number=" + order.get("number").asText(), other).status())
                .isEqualTo(200);

        Reply back = api.post("/api/v1/orders/" + id + "/returns", other, Map.of("placeId", brand.otherStoreId(),
                "restock", true, "reason", "too sweet", "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));

        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.body().get("amount").asLong()).isEqualTo(1500);
        JsonNode after = api.get("/api/v1/orders/" + id, admin).body();
        assertThat(after.get("refunded").asLong()).isEqualTo(1500);
        assertThat(after.get("status").asText()).isIn("PAID", "FULFILLING");
        assertThat(stock.balance(tea, brand.otherStoreId())[0]).isEqualTo(1);

        Reply tooMany = api.post("/api/v1/orders/" + id + "/returns", other, Map.of("placeId",
                brand.otherStoreId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 2))));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.raw()).contains("lines[0].quantity");
        Reply notALine = api.post("/api/v1/orders/" + id + "/returns", other, Map.of("placeId",
                brand.otherStoreId(), "restock", true, "lines", List.of(Map.of("lineIndex", 5, "quantity", 1))));
        assertThat(notALine.status()).as(notALine.toString()).isEqualTo(400);
        assertThat(notALine.raw()).contains("lines[0].lineIndex");
        Reply notMyPlace = api.post("/api/v1/orders/" + id + "/returns", other, Map.of("placeId",
                brand.storeId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(notMyPlace.status()).as(notMyPlace.toString()).isEqualTo(400);
        assertThat(notMyPlace.raw()).contains("\"placeId\"");

        Reply rest = api.post("/api/v1/orders/" + id + "/returns", other, Map.of("placeId", brand.otherStoreId(),
                "restock", false, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        JsonNode refunded = api.get("/api/v1/orders/" + id, admin).body();
        assertThat(refunded.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(refunded.get("refunded").asLong()).isEqualTo(3000);
        assertThat(stock.balance(tea, brand.otherStoreId())[0]).isEqualTo(1);
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void quoting_prices_and_routes_without_holding_anything() {
        Reply quote = api.post("/api/v1/orders/quote", guide, guidePickup(2));

        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.body().get("total").asLong()).isEqualTo(3000);
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10, 0, 8);
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
    }

    @Test
    void a_quote_is_a_computation_answered_without_a_key_and_keeps_no_answer() {
        long kept = brands.count("idempotency_record", brand.tenantId());

        Reply first = api.send("POST", "/api/v1/orders/quote", guide, guidePickup(2), null);
        Reply again = api.send("POST", "/api/v1/orders/quote", guide, guidePickup(3), "a-key-it-ignores");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("total").asLong()).isEqualTo(3000);
        assertThat(again.body().get("total").asLong()).isEqualTo(4500);
        assertThat(brands.count("idempotency_record", brand.tenantId())).isEqualTo(kept);
    }

    @Test
    void a_manager_of_another_store_does_not_see_the_order() {
        String id = api.post("/api/v1/orders", cashier, tillSale(1, List.of(cash(1500, 2000)))).body()
                .get("id").asText();
        String other = api.login(brand.login("othermanager"), "Passw0rd!");

        assertThat(api.get("/api/v1/orders/" + id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders", other).body().get("items").size()).isZero();
        Reply all = api.get("/api/v1/orders", admin);
        assertThat(all.body().get("items").size()).as(all.toString()).isEqualTo(1);
    }

    @Test
    void unpaid_orders_past_their_time_are_cancelled_once_even_by_two_sweepers() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(api.post("/api/v1/orders", guide, guidePickup(1)).body().get("id").asText());
        }
        brands.jdbc().sql("update sales_order set expires_at = now() - interval '1 minute' where tenant_id = :t")
                .param("t", brand.tenantId()).update();

        var first = CompletableFuture.supplyAsync(unpaid::cancelDue);
        var second = CompletableFuture.supplyAsync(unpaid::cancelDue);
        first.get();
        second.get();

        for (String id : ids) {
            JsonNode order = api.get("/api/v1/orders/" + id, admin).body();
            assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(statuses(order)).containsExactly("CREATED", "CANCELLED");
        }
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10, 0, 8);
    }

    private Map<String, Object> tillSale(long quantity, List<Map<String, Object>> tenders) {
        return Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", brand.storeId(),
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity)), "tenders", tenders);
    }

    private Map<String, Object> guidePickup(long quantity) {
        return Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(),
                "customerId", UUID.randomUUID(), "lines", List.of(Map.of("skuId", tea, "quantity", quantity)));
    }

    private static Map<String, Object> cash(long amount, long tendered) {
        return Map.of("tender", "CASH", "amount", amount, "cashTendered", tendered);
    }

    private static List<String> statuses(JsonNode order) {
        List<String> statuses = new ArrayList<>();
        order.get("timeline").forEach(step -> statuses.add(step.get("to").asText()));
        return statuses;
    }
}

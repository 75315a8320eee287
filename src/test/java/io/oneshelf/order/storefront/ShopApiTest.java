package io.oneshelf.order.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The storefront's API, as a customer's phone calls it. */
class ShopApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private StorefrontFixture shop;
    private Shopper customer;

    @BeforeEach
    void aShopSellingTeaAndACustomer() {
        shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        customer = Shoppers.aShopper(api, shop.brand().code());
    }

    @Test
    void anyone_browses_the_shelf_with_the_online_price_the_till_resolves_and_the_online_stock() {
        Reply categories = api.get(shop.shop("/categories"), null);
        assertThat(categories.status()).as(categories.toString()).isEqualTo(200);
        assertThat(categories.body().size()).isPositive();

        Reply found = api.get(shop.shop("/products?q=" + shop.productName().substring(0, 6)), null);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode card = found.body().get("items").get(0);
        assertThat(card.get("id").asString()).isEqualTo(shop.product().toString());
        assertThat(card.get("price").asLong()).isEqualTo(StorefrontFixture.ONLINE_PRICE);
        assertThat(card.get("onlineStock").asLong()).isEqualTo(8);

        Reply page = api.get(shop.shop("/products/" + shop.product() + "?latitude=31.23&longitude=121.47"), null);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode sku = page.body().get("skus").get(0);
        long resolved = api.get("/api/v1/prices/resolve?skuId=" + shop.tea() + "&channel=ONLINE_MALL",
                shop.admin()).body().get("priceFen").asLong();
        assertThat(sku.get("price").asLong()).isEqualTo(resolved).isEqualTo(StorefrontFixture.ONLINE_PRICE);
        assertThat(sku.get("priceRule").asString()).isEqualTo("CHANNEL");
        assertThat(sku.get("onlineStock").asLong()).isEqualTo(8);
        JsonNode store = page.body().get("stores").get(0);
        assertThat(store.get("store").get("id").asString()).isEqualTo(shop.brand().storeId().toString());
        assertThat(store.get("stock").get(shop.tea().toString()).asLong()).isEqualTo(8);

        Reply stores = api.get(shop.shop("/stores"), null);
        assertThat(stores.status()).isEqualTo(200);
        assertThat(stores.raw()).contains(shop.brand().storeId().toString());
    }

    @Test
    void what_the_shop_does_not_offer_online_or_another_brand_has_is_not_found() {
        brands.jdbc().sql("update spu set channels = '{POS}' where id = :p").param("p", shop.product()).update();
        assertThat(api.get(shop.shop("/products/" + shop.product()), null).status()).isEqualTo(404);
        assertThat(api.get(shop.shop("/products"), null).raw()).doesNotContain(shop.product().toString());
        assertThat(api.get("/api/v1/shop/no-such-brand/products", null).status()).isEqualTo(404);
        Reply bad = api.get(shop.shop("/products?categoryId=not-a-uuid"), null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("categoryId");
        assertThat(api.get(shop.shop("/stores?latitude=91"), null).status()).isEqualTo(400);
    }

    @Test
    void a_customer_buys_for_pickup_pays_online_and_gets_the_pickup_code() {
        Reply added = api.post(customer.path("/cart/items"), customer.accessToken(),
                Map.of("skuId", shop.tea(), "quantity", 2));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.body().get("goodsAmount").asLong()).isEqualTo(2 * StorefrontFixture.ONLINE_PRICE);
        Map<String, Object> pickup = Map.of("fulfilment", "PICKUP", "storeId", shop.brand().storeId());
        Reply quote = api.post(customer.path("/checkout/quote"), customer.accessToken(), pickup);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.body().get("total").asLong()).isEqualTo(2 * StorefrontFixture.ONLINE_PRICE);

        Reply placed = api.post(customer.path("/orders"), customer.accessToken(), pickup);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.body().get("status").asString()).isEqualTo("CREATED");
        assertThat(placed.body().get("channel").asString()).isEqualTo("ONLINE");
        assertThat(api.get(customer.path("/cart"), customer.accessToken()).body().get("lines").size()).isZero();
        String id = placed.id();

        Reply pay = api.post(customer.path("/orders/" + id + "/payments"), customer.accessToken(),
                Map.of("tender", "WECHAT_PAY"));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(200);
        assertThat(pay.body().get("amount").asLong()).isEqualTo(2 * StorefrontFixture.ONLINE_PRICE);
        assertThat(confirmOnTheSandboxPage(pay.body().get("payUrl").asString())).isEqualTo(303);

        JsonNode paid = Eventually.until("the order paid", Duration.ofSeconds(20),
                () -> api.get(customer.path("/orders/" + id), customer.accessToken()).body(),
                o -> o.get("paid").asLong() == 2 * StorefrontFixture.ONLINE_PRICE);
        assertThat(paid.get("outstanding").asLong()).isZero();
        assertThat(paid.get("timeline").toString()).contains("\"to\":\"PAID\"");
        Reply pass = Eventually.until("the pickup code", Duration.ofSeconds(20),
                () -> api.get(customer.path("/orders/" + id + "/pickup"), customer.accessToken()),
                r -> r.status() == 200);
        assertThat(pass.body().get("code").asString()).matches("[0-9]{6}");
        assertThat(pass.body().get("storeId").asString()).isEqualTo(shop.brand().storeId().toString());
        HttpResponse<byte[]> qr = api.download(customer.path("/orders/" + id + "/pickup/qr.png?size=200"),
                customer.accessToken(), "en");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        Reply shipments = Eventually.until("the store's task", Duration.ofSeconds(20),
                () -> api.get(customer.path("/orders/" + id + "/shipments"), customer.accessToken()),
                r -> r.body().size() == 1);
        assertThat(shipments.body().get(0).get("kind").asString()).isEqualTo("PICKUP");
        Reply mine = api.get(customer.path("/orders"), customer.accessToken());
        assertThat(mine.body().get("items").get(0).get("id").asString()).isEqualTo(id);

        Reply cancel = api.post(customer.path("/orders/" + id + "/cancel"), customer.accessToken(), Map.of());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(409);
        Reply asked = api.post(customer.path("/orders/" + id + "/returns"), customer.accessToken(),
                Map.of("reason", "too sweet", "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.body().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(api.get(customer.path("/orders/" + id + "/returns"), customer.accessToken()).body().size())
                .isEqualTo(1);
    }

    @Test
    void adds_to_the_cart_made_at_once_by_one_customer_are_all_counted() throws Exception {
        int adds = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(adds);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < adds; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post(customer.path("/cart/items"), customer.accessToken(),
                            Map.of("skuId", shop.tea(), "quantity", 1)).status();
                }));
            }
            start.countDown();
            for (var reply : replies) {
                assertThat(reply.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode cart = api.get(customer.path("/cart"), customer.accessToken()).body();
        assertThat(cart.get("lines").get(0).get("quantity").asLong()).as(cart.toString()).isEqualTo(adds);
    }

    @Test
    void a_customer_cancels_an_unpaid_order_and_its_stock_comes_back() {
        api.post(customer.path("/cart/items"), customer.accessToken(), Map.of("skuId", shop.tea(), "quantity", 3));
        Reply placed = api.post(customer.path("/orders"), customer.accessToken(),
                Map.of("fulfilment", "PICKUP", "storeId", shop.brand().storeId()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(onlineStock()).isEqualTo(5);

        Reply cancelled = api.post(customer.path("/orders/" + placed.id() + "/cancel"), customer.accessToken(),
                Map.of("note", "changed my mind"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(onlineStock()).isEqualTo(8);
    }

    @Test
    void another_customer_finds_none_of_a_customers_orders_and_changes_nothing() {
        api.post(customer.path("/cart/items"), customer.accessToken(), Map.of("skuId", shop.tea(), "quantity", 1));
        String id = api.post(customer.path("/orders"), customer.accessToken(),
                Map.of("fulfilment", "PICKUP", "storeId", shop.brand().storeId())).id();
        Shopper other = Shoppers.aShopper(api, shop.brand().code());
        String token = other.accessToken();

        for (String tail : List.of("", "/pickup", "/pickup/qr.png", "/returns", "/shipments")) {
            assertThat(api.get(other.path("/orders/" + id + tail), token).status()).as(tail).isEqualTo(404);
        }
        assertThat(api.post(other.path("/orders/" + id + "/payments"), token, Map.of("tender", "WECHAT_PAY"))
                .status()).isEqualTo(404);
        assertThat(api.post(other.path("/orders/" + id + "/cancel"), token, Map.of()).status()).isEqualTo(404);
        assertThat(api.post(other.path("/orders/" + id + "/returns"), token, Map.of("lines",
                List.of(Map.of("lineIndex", 0, "quantity", 1)))).status()).isEqualTo(404);
        assertThat(api.get(other.path("/orders"), token).body().get("items").size()).isZero();
        assertThat(api.get(customer.path("/orders/" + id), customer.accessToken()).body().get("status").asString())
                .isEqualTo("CREATED");
        // and nobody without a token
        assertThat(api.get(customer.path("/orders/" + id), null).status()).isEqualTo(401);
        assertThat(api.get(customer.path("/cart"), null).status()).isEqualTo(401);
    }

    @Test
    void bad_checkouts_are_refused_naming_the_field_and_place_nothing() {
        String token = customer.accessToken();
        assertRefused(api.post(customer.path("/orders"), token, Map.of("fulfilment", "PICKUP",
                "storeId", shop.brand().storeId())), 400, "lines");
        assertRefused(api.post(customer.path("/cart/items"), token, Map.of("skuId", shop.tea(), "quantity", 0)),
                400, "quantity");
        assertRefused(api.post(customer.path("/cart/items"), token, Map.of("skuId", UUID.randomUUID(),
                "quantity", 1)), 400, "skuId");
        api.post(customer.path("/cart/items"), token, Map.of("skuId", shop.tea(), "quantity", 1));
        assertRefused(api.post(customer.path("/orders"), token, Map.of("fulfilment", "PICKUP")), 400, "storeId");
        assertRefused(api.post(customer.path("/orders"), token, Map.of("fulfilment", "IN_STORE",
                "storeId", shop.brand().storeId())), 400, "fulfilment");
        assertRefused(api.post(customer.path("/orders"), token, Map.of("fulfilment", "EXPRESS",
                "addressId", UUID.randomUUID())), 400, "addressId");
        assertRefused(api.post(customer.path("/orders"), token, Map.of("fulfilment", "PICKUP",
                "storeId", shop.brand().storeId(), "quantity", 9)), 400, "quantity");
        Reply tooMany = api.put(customer.path("/cart/items"), token, Map.of("skuId", shop.tea(), "quantity", 9));
        assertThat(tooMany.status()).isEqualTo(200);
        assertRefused(api.post(customer.path("/orders"), token, Map.of("fulfilment", "PICKUP",
                "storeId", shop.brand().storeId())), 409, null);

        assertThat(brands.count("sales_order", shop.brand().tenantId())).isZero();
        assertThat(brands.count("stock_reservation", shop.brand().tenantId())).isZero();
        assertThat(onlineStock()).isEqualTo(8);
        assertThat(api.get(customer.path("/cart"), token).body().get("count").asLong()).isEqualTo(9);

        api.put(customer.path("/cart/items"), token, Map.of("skuId", shop.tea(), "quantity", 1));
        String id = api.post(customer.path("/orders"), token, Map.of("fulfilment", "PICKUP",
                "storeId", shop.brand().storeId())).id();
        assertRefused(api.post(customer.path("/orders/" + id + "/payments"), token, Map.of("tender", "CASH")),
                400, "tender");
        assertRefused(api.post(customer.path("/orders/" + id + "/returns"), token, Map.of("lines",
                List.of(Map.of("lineIndex", 0, "quantity", 1)))), 409, "status");
    }

    private void assertRefused(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.raw()).as(reply.toString()).contains("\"" + field + "\"");
        }
    }

    private long onlineStock() {
        return api.get(shop.shop("/products/" + shop.product()), null).body().get("skus").get(0)
                .get("onlineStock").asLong();
    }

    /** The payer confirms on the sandbox gateway's pay page (notified at once); answers the page's status. */
    private static int confirmOnTheSandboxPage(String payUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("openid=&notify=now")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

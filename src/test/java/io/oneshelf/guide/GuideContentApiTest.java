package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Guide content (導購種草) through the API: a guide's post opened in the shop by visitors (views and distinct
 * visitors), its product put in carts from it, the order placed after it attributed to it and paid, a refund taking
 * its part off the sales; counters right however many open it at once; other guides and brands see none of it.
 */
class GuideContentApiTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    private SocialFixture shop;
    private Brand brand;
    private String guide;
    private String guideToken;

    @BeforeEach
    void aShopWithAGuideSellingTeapots() {
        shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        brand = shop.brand();
        guideToken = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        guide = GuideObjects.staffId(api, shop.admin(), brand.login("guide"));
    }

    private Reply publish(String token, Object guideId) {
        Reply post = api.post("/api/v1/guide-shares", token, ContentObjects.postBody(shop.teapot(), guideId));
        assertThat(post.status()).as(post.toString()).isEqualTo(201);
        return post;
    }

    private Reply open(String code, String visitor) {
        return api.post("/api/v1/shop/" + brand.code() + "/shares/" + code + "/opens", null,
                Map.of("visitor", visitor));
    }

    private Reply addToCart(Shopper shopper, String code) {
        return api.post(shopper.path("/shares/" + code + "/cart"), shopper.accessToken(),
                Map.of("skuId", shop.teapot(), "quantity", 1));
    }

    private String checkout(Shopper shopper, String guideCode) {
        Map<String, Object> body = new HashMap<>(shop.pickup());
        body.put("guideCode", guideCode);
        Reply placed = api.post(shopper.path("/orders"), shopper.accessToken(), body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.id();
    }

    private JsonNode stats(String shareId) {
        Reply share = api.get("/api/v1/guide-shares/" + shareId, guideToken);
        assertThat(share.status()).as(share.toString()).isEqualTo(200);
        return share.body().get("stats");
    }

    @Test
    void a_post_counts_its_views_visitors_add_to_carts_and_the_paid_order_placed_after_it_net_of_refunds() {
        Reply post = publish(guideToken, null);
        String code = post.body().get("code").asString();
        assertThat(post.body().get("guideId").asString()).isEqualTo(guide);
        assertThat(post.body().get("link").asString())
                .isEqualTo("/shop.html#/" + brand.code() + "/posts/" + code + "?guide=" + code);
        assertThat(post.body().get("products").get(0).get("skuId").asString()).isEqualTo(shop.teapot().toString());

        String first = UUID.randomUUID().toString();
        Reply opened = open(code, first);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body().get("title").asString()).isEqualTo("Spring oolong");
        assertThat(opened.body().get("products").get(0).get("price").asLong()).isEqualTo(SocialFixture.LIST);
        open(code, first);
        open(code, UUID.randomUUID().toString());
        Reply read = api.get("/api/v1/shop/" + brand.code() + "/shares/" + code, null);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(stats(post.id()).get("views").asLong()).as("a reading that records nothing").isEqualTo(3);
        assertThat(stats(post.id()).get("visitors").asLong()).isEqualTo(2);

        Shopper customer = shop.aShopper();
        Reply followed = api.post(customer.path("/me/guide"), customer.accessToken(), Map.of("code", code));
        assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
        assertThat(followed.body().get("guideId").asString()).as("the post's link binds to its guide")
                .isEqualTo(guide);
        Reply carted = addToCart(customer, code);
        assertThat(carted.status()).as(carted.toString()).isEqualTo(200);
        assertThat(carted.body().get("count").asLong()).isEqualTo(1);
        Reply notIts = api.post(customer.path("/shares/" + code + "/cart"), customer.accessToken(),
                Map.of("skuId", skus.aPricedSku(brand, 100), "quantity", 1));
        assertThat(notIts.status()).as(notIts.toString()).isEqualTo(400);
        String order = checkout(customer, code);
        assertThat(api.get("/api/v1/orders/" + order, shop.admin()).body().get("guideId").asString())
                .as("the order credits the post's guide").isEqualTo(guide);
        assertThat(stats(post.id()).get("orders").asLong()).as("not paid yet").isZero();
        shop.pay(customer, order);

        JsonNode paid = Eventually.until("the paid order attributed", PATIENCE, () -> stats(post.id()),
                s -> s.get("orders").asLong() == 1);
        assertThat(paid.get("sales").asLong()).isEqualTo(SocialFixture.LIST);
        assertThat(paid.get("addToCarts").asLong()).isEqualTo(1);

        Reply cancelled = api.post("/api/v1/orders/" + order + "/cancel", shop.admin(), Map.of(
                "note", "out of stock after all"));
        assertThat(cancelled.status()).as(cancelled.toString()).isLessThan(300);
        JsonNode refunded = Eventually.until("the refund off the sales", PATIENCE, () -> stats(post.id()),
                s -> s.get("sales").asLong() == 0);
        assertThat(refunded.get("orders").asLong()).as("the order stays attributed").isEqualTo(1);

        Reply report = api.get("/api/v1/guide-content/report?storeId=" + brand.storeId(), shop.admin());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode row = report.body().get("guides").get(0);
        assertThat(row.get("guideId").asString()).isEqualTo(guide);
        assertThat(row.get("shares").asLong()).isEqualTo(1);
        assertThat(row.get("stats").get("views").asLong()).isEqualTo(3);
        assertThat(row.get("stats").get("visitors").asLong()).isEqualTo(2);
        assertThat(row.get("stats").get("orders").asLong()).isEqualTo(1);
        assertThat(report.body().get("shares").get(0).get("code").asString()).isEqualTo(code);
    }

    @Test
    void an_order_is_attributed_to_the_last_share_touched_within_seven_days_only() {
        String older = publish(guideToken, null).id();
        Reply latest = publish(guideToken, null);
        Shopper customer = shop.aShopper();
        assertThat(addToCart(customer, codeOf(older)).status()).isEqualTo(200);
        assertThat(addToCart(customer, latest.body().get("code").asString()).status()).isEqualTo(200);
        String order = checkout(customer, null);
        shop.pay(customer, order);
        Eventually.until("the order attributed to the last touch", PATIENCE, () -> stats(latest.id()),
                s -> s.get("orders").asLong() == 1);
        assertThat(stats(older).get("orders").asLong()).isZero();

        brands.jdbc().sql("update guide_share_touch set touched_at = touched_at - interval '8 days'"
                          + " where tenant_id = :t").param("t", brand.tenantId()).update();
        assertThat(api.post(customer.path("/cart/items"), customer.accessToken(), Map.of("skuId", shop.teapot(),
                "quantity", 1)).status()).isLessThan(300);
        String late = checkout(customer, null);
        shop.pay(customer, late);
        Eventually.until("the late order paid", PATIENCE, () -> api.get("/api/v1/orders/" + late, shop.admin())
                .body().get("status").asString(), s -> !s.equals("PENDING_PAYMENT"));
        Reply again = api.post("/api/v1/shop/" + brand.code() + "/shares/" + latest.body().get("code").asString()
                               + "/opens", null, Map.of("visitor", UUID.randomUUID().toString()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(stats(latest.id()).get("orders").asLong()).as("touched 8 days before: not attributed")
                .isEqualTo(1);
    }

    private String codeOf(String shareId) {
        return api.get("/api/v1/guide-shares/" + shareId, guideToken).body().get("code").asString();
    }

    @Test
    void visitors_opening_and_customers_carting_a_post_at_once_are_all_counted_each_visitor_once() throws Exception {
        Reply post = publish(guideToken, null);
        String code = post.body().get("code").asString();
        List<String> visitors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            visitors.add(UUID.randomUUID().toString());
        }
        List<Shopper> customers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            customers.add(shop.aShopper());
        }
        int calls = visitors.size() * 2 + customers.size();
        CyclicBarrier together = new CyclicBarrier(calls);
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<CompletableFuture<Reply>> replies = new ArrayList<>();
            for (String v : visitors) {
                for (int twice = 0; twice < 2; twice++) {
                    replies.add(CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return open(code, v);
                    }, pool));
                }
            }
            for (Shopper c : customers) {
                replies.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return addToCart(c, code);
                }, pool));
            }
            assertThat(replies.stream().map(CompletableFuture::join).map(Reply::status).distinct().toList())
                    .containsExactly(200);
        } finally {
            pool.shutdown();
        }
        JsonNode stats = stats(post.id());
        assertThat(stats.get("views").asLong()).isEqualTo(visitors.size() * 2L);
        assertThat(stats.get("visitors").asLong()).isEqualTo(visitors.size());
        assertThat(stats.get("addToCarts").asLong()).isEqualTo(customers.size());
        for (Shopper c : customers) {
            JsonNode cart = api.get(c.path("/cart"), c.accessToken()).body();
            assertThat(cart.get("lines").get(0).get("skuId").asString()).isEqualTo(shop.teapot().toString());
        }
    }

    @Test
    void a_guide_sees_and_changes_only_their_own_posts_and_another_brand_none() {
        brands.aStaffMember(brand, "guide2", "GUIDE", "STORE", brand.storeId());
        String otherGuide = api.login(brand.login("guide2"), BrandFixture.PASSWORD);
        Reply post = publish(shop.admin(), guide);
        String code = post.body().get("code").asString();
        assertThat(api.get("/api/v1/guide-shares/" + post.id(), otherGuide).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/guide-shares", otherGuide).body().get("items")).isEmpty();
        assertThat(api.get("/api/v1/guide-shares", guideToken).body().get("items")).hasSize(1);
        Reply forOther = api.post("/api/v1/guide-shares", guideToken, ContentObjects.postBody(shop.teapot(),
                UUID.randomUUID()));
        assertThat(forOther.status()).as(forOther.toString()).isEqualTo(400);
        Reply noGuide = api.post("/api/v1/guide-shares", shop.admin(), ContentObjects.postBody(shop.teapot(), null));
        assertThat(noGuide.status()).as(noGuide.toString()).isEqualTo(400);

        Brand other = brands.aBrand();
        String otherAdmin = api.login(other.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/guide-shares/" + post.id(), otherAdmin).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/shop/" + other.code() + "/shares/" + code + "/opens", null,
                Map.of("visitor", UUID.randomUUID().toString())).status()).isEqualTo(404);
        Reply foreignSku = api.post("/api/v1/guide-shares", guideToken, ContentObjects.postBody(
                skus.aPricedSku(other, 100), null));
        assertThat(foreignSku.status()).as(foreignSku.toString()).isEqualTo(400);

        Map<String, Object> edit = new HashMap<>(ContentObjects.postBody(shop.teapot(), null));
        edit.put("title", "Autumn oolong");
        edit.put("version", 0);
        Reply edited = api.put("/api/v1/guide-shares/" + post.id(), guideToken, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().get("title").asString()).isEqualTo("Autumn oolong");
        assertThat(api.put("/api/v1/guide-shares/" + post.id(), guideToken, edit).status()).as("stale")
                .isEqualTo(409);
        Reply archived = api.post("/api/v1/guide-shares/" + post.id() + "/archive", guideToken, Map.of());
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.body().get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(open(code, UUID.randomUUID().toString()).status()).as("an archived link").isEqualTo(404);
        assertThat(api.post("/api/v1/guide-shares/" + post.id() + "/archive", guideToken, Map.of()).status())
                .isEqualTo(409);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

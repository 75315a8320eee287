package io.oneshelf.social.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bargains (砍价) over the API: the cut sequence drawn at the start reaches the floor exactly at the last helper; the
 * buyer buys at the price of the moment; helpers racing take distinct cuts; the anti-abuse rules refuse with 409.
 */
class BargainApiTest extends ApiTest {

    private static final long START = 12_800;
    private static final long FLOOR = 1_000;

    @Autowired
    SkuFixture skus;

    private SocialFixture shop;

    @BeforeEach
    void aShopSellingTeapots() {
        shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
    }

    @Test
    void the_bargain_reaches_the_floor_exactly_at_the_last_helper_and_is_bought_at_the_floor() {
        String campaign = campaign(3, 5);
        Shopper buyer = shop.aShopper();
        String code = start(buyer, campaign);
        long price = START;
        for (int i = 1; i <= 3; i++) {
            Reply cut = help(shop.aShopper(), code, "phone-" + i);
            assertThat(cut.status()).as(cut.toString()).isEqualTo(200);
            JsonNode last = cut.body().get("helps").get(i - 1);
            assertThat(last.get("seq").asInt()).isEqualTo(i);
            assertThat(last.get("amount").asLong()).isPositive();
            price -= last.get("amount").asLong();
            assertThat(cut.body().get("price").asLong()).isEqualTo(price);
        }
        assertThat(price).isEqualTo(FLOOR);
        assertRefused(help(shop.aShopper(), code, "phone-4"), "code");

        Reply bought = api.post(buyer.path("/bargains/" + code + "/orders"), buyer.accessToken(), shop.pickup());
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.body().get("total").asLong()).isEqualTo(FLOOR);
        assertThat(bought.body().get("bargain").get("status").asString()).isEqualTo("BOUGHT");
        JsonNode audit = api.get("/api/v1/bargain-campaigns/" + campaign + "/bargains", shop.admin()).body()
                .get("items").get(0);
        List<Long> cuts = StreamSupport.stream(audit.get("cuts").spliterator(), false).map(JsonNode::asLong).toList();
        assertThat(cuts).hasSize(3).allMatch(c -> c >= 1);
        assertThat(cuts.stream().mapToLong(Long::longValue).sum()).isEqualTo(START - FLOOR);
        assertThat(api.get("/api/v1/bargain-campaigns/" + campaign, shop.admin()).body().get("sold").asInt())
                .isEqualTo(1);
    }

    @Test
    void the_buyer_may_buy_midway_at_the_price_of_the_moment() {
        String campaign = campaign(5, 5);
        Shopper buyer = shop.aShopper();
        String code = start(buyer, campaign);
        Reply cut = help(shop.aShopper(), code, "a");
        long now = cut.body().get("price").asLong();
        assertThat(now).isBetween(FLOOR + 4, START - 1);

        Reply bought = api.post(buyer.path("/bargains/" + code + "/orders"), buyer.accessToken(), shop.pickup());
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.body().get("total").asLong()).isEqualTo(now);
        JsonNode order = api.get(buyer.path("/orders/" + bought.body().get("orderId").asString()),
                buyer.accessToken()).body();
        assertThat(order.get("discounts").get(0).get("kind").asString()).isEqualTo("BARGAIN");
        assertRefused(help(shop.aShopper(), code, "b"), "code");
        assertRefused(api.post(buyer.path("/bargains/" + code + "/orders"), buyer.accessToken(), shop.pickup()),
                "code");
    }

    @Test
    void two_helpers_cutting_at_once_never_take_the_same_cut() throws Exception {
        String campaign = campaign(10, 5);
        String code = start(shop.aShopper(), campaign);
        List<Shopper> helpers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            helpers.add(shop.aShopper());
        }
        ExecutorService pool = Executors.newFixedThreadPool(helpers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> tries = new ArrayList<>();
        for (int i = 0; i < helpers.size(); i++) {
            Shopper h = helpers.get(i);
            String device = "racer-" + i;
            tries.add(pool.submit(() -> {
                go.await();
                return help(h, code, device);
            }));
        }
        go.countDown();
        for (Future<Reply> f : tries) {
            Reply r = f.get(120, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        pool.shutdown();

        JsonNode audit = api.get("/api/v1/bargain-campaigns/" + campaign + "/bargains", shop.admin()).body()
                .get("items").get(0);
        List<Integer> seqs = StreamSupport.stream(audit.get("helps").spliterator(), false)
                .map(h -> h.get("seq").asInt()).toList();
        assertThat(seqs).containsExactly(1, 2, 3, 4, 5, 6);
        long taken = 0;
        for (int i = 0; i < 6; i++) {
            assertThat(audit.get("helps").get(i).get("amount").asLong()).isEqualTo(audit.get("cuts").get(i).asLong());
            taken += audit.get("cuts").get(i).asLong();
        }
        assertThat(audit.get("price").asLong()).isEqualTo(START - taken);
        assertThat(audit.get("cutsTaken").asInt()).isEqualTo(6);
    }

    @Test
    void the_anti_abuse_rules_refuse_the_buyer_a_second_help_a_shared_device_and_help_over_the_daily_cap() {
        String campaign = campaign(5, 5, 1);
        Shopper buyer = shop.aShopper();
        String code = start(buyer, campaign);
        assertRefused(help(buyer, code, "own"), "code");
        Shopper friend = shop.aShopper();
        assertThat(help(friend, code, "phone-x").status()).isEqualTo(200);
        assertRefused(help(friend, code, "phone-y"), "code");
        assertRefused(help(shop.aShopper(), code, "phone-x"), "code");

        Shopper other = shop.aShopper();
        String second = start(other, campaign);
        assertRefused(help(friend, second, "phone-z"), "code");
        assertRefused(api.post(buyer.path("/bargain-campaigns/" + campaign + "/bargains"), buyer.accessToken(),
                Map.of()), "campaignId");
    }

    @Test
    void the_share_poster_is_a_png_whose_qr_holds_the_share_link_with_who_shared_it() throws Exception {
        String campaign = campaign(3, 5);
        Shopper buyer = shop.aShopper();
        String code = start(buyer, campaign);

        var poster = api.bytes(buyer.path("/posters/bargains/" + code + ".png?from=" + buyer.customerId()), Map.of());
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/png"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(poster.body()));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(900);
        String link = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se.BufferedImageLuminanceSource(
                        image.getSubimage(300, 600, 300, 300))))).getText();
        assertThat(link).endsWith("/shop.html#/" + shop.brand().code() + "/bargains/" + code + "?from="
                                  + buyer.customerId());
        assertThat(api.bytes(buyer.path("/posters/bargains/NOSUCHCODE.png"), Map.of()).statusCode()).isEqualTo(404);
    }

    private String campaign(int helpers, int allocation) {
        return campaign(helpers, allocation, 10);
    }

    private String campaign(int helpers, int allocation, int helpsPerDay) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", "紫砂壶砍价");
        b.put("skuId", shop.teapot());
        b.put("startPrice", START);
        b.put("floorPrice", FLOOR);
        b.put("helpersNeeded", helpers);
        b.put("limitMinutes", 60);
        b.put("helpsPerDay", helpsPerDay);
        b.put("allocation", allocation);
        b.put("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
        b.put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString());
        Reply made = api.post("/api/v1/bargain-campaigns", shop.admin(), b);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.id();
    }

    private String start(Shopper buyer, String campaign) {
        Reply started = api.post(buyer.path("/bargain-campaigns/" + campaign + "/bargains"), buyer.accessToken(),
                Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.body().get("price").asLong()).isEqualTo(START);
        assertThat(started.body().path("cuts").isNull() || started.body().path("cuts").isMissingNode()).isTrue();
        return started.body().get("code").asString();
    }

    private Reply help(Shopper helper, String code, String device) {
        return api.send("POST", helper.path("/bargains/" + code + "/helps"), helper.accessToken(), null,
                UUID.randomUUID().toString(), Map.of("X-Device-Id", device));
    }

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isIn(400, 409);
        assertThat(reply.body().get("errors").findValuesAsString("field")).as(reply.toString()).contains(field);
    }
}

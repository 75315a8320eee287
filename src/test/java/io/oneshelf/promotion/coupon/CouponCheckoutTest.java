package io.oneshelf.promotion.coupon;

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
 * Coupons at checkout: applied after the automatic promotions and apportioned to the lines, marked used by the order
 * in its transaction (never twice, however many checkouts try at once), given back when the order is cancelled.
 */
class CouponCheckoutTest extends ApiTest {

    @Autowired
    CouponDesk desk;
    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private UUID tea;
    private UUID cake;
    private final UUID customer = UUID.randomUUID();

    @BeforeEach
    void aBrandWithASpendSavePromotionAndACouponTemplate() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        tea = stocked(3000);
        cake = stocked(4000);
        Reply promotion = api.post("/api/v1/promotions", admin, Map.of("name", "满100减15", "kind", "FULL_REDUCTION",
                "tiers", List.of(Map.of("threshold", 10000, "off", 1500)),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        assertThat(promotion.status()).as(promotion.toString()).isEqualTo(201);
    }

    @Test
    void an_order_with_a_coupon_and_a_spend_save_sums_exactly_and_a_partial_return_refunds_the_apportioned_amount() {
        UUID coupon = aCoupon(500, 3000);

        Reply quote = api.post("/api/v1/orders/quote", admin, sale(List.of(coupon), 8000));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.body().get("total").asLong()).isEqualTo(8000);
        assertThat(status(coupon)).isEqualTo("AVAILABLE");

        Reply order = api.post("/api/v1/orders", admin, sale(List.of(coupon), 8000));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        JsonNode o = order.body();
        assertThat(o.get("total").asLong()).isEqualTo(8000);
        long payable = 0;
        for (JsonNode line : o.get("lines")) {
            payable += line.get("amount").asLong() - line.get("discount").asLong();
        }
        assertThat(payable).isEqualTo(8000);
        // 满减 900 / 600 by 60.00 and 40.00; the coupon's 5.00 over the 51.00 and 34.00 left: 3.00 and 2.00
        assertThat(o.get("lines").get(0).get("discount").asLong()).isEqualTo(1200);
        assertThat(o.get("lines").get(1).get("discount").asLong()).isEqualTo(800);
        assertThat(o.get("discounts").findValuesAsString("kind")).containsExactly("PROMOTION", "COUPON");
        assertThat(o.get("discounts").get(1).get("amount").asLong()).isEqualTo(500);
        assertThat(status(coupon)).isEqualTo("USED");

        Reply back = api.post("/api/v1/orders/" + order.id() + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.body().get("amount").asLong()).isEqualTo(2400);
    }

    @Test
    void ten_checkouts_using_one_coupon_at_once_place_one_order_and_the_rest_are_refused() throws Exception {
        UUID coupon = aCoupon(500, 3000);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                return api.post("/api/v1/orders", admin, sale(List.of(coupon), 8000)).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : tries) {
            statuses.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(9);
        assertThat(brands.count("sales_order", brand.tenantId())).isEqualTo(1);
        assertThat(status(coupon)).isEqualTo("USED");
    }

    @Test
    void a_cancelled_order_gives_its_coupon_back() {
        UUID coupon = aCoupon(500, 3000);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        Reply order = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", customer, "couponIds", List.of(coupon),
                "lines", List.of(Map.of("skuId", tea, "quantity", 1))));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.body().get("total").asLong()).isEqualTo(2500);
        assertThat(status(coupon)).isEqualTo("USED");

        Reply cancelled = api.post("/api/v1/orders/" + order.id() + "/cancel", guide, Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        Eventually.until("the coupon given back", Duration.ofSeconds(30), () -> status(coupon),
                "AVAILABLE"::equals);
    }

    @Test
    void a_coupon_not_the_customers_or_below_its_threshold_is_refused_naming_it_and_nothing_is_placed() {
        UUID someoneElses = desk.claim(brand.tenantId(), template(500, 3000), UUID.randomUUID()).id();
        Reply notMine = api.post("/api/v1/orders", admin, sale(List.of(someoneElses), 8500));
        assertThat(notMine.status()).as(notMine.toString()).isEqualTo(400);
        assertThat(notMine.body().get("errors").findValuesAsString("field")).contains("couponIds[0]");

        UUID big = aCoupon(1000, 20000);
        Reply below = api.post("/api/v1/orders", admin, sale(List.of(big), 7500));
        assertThat(below.status()).as(below.toString()).isEqualTo(400);
        assertThat(below.body().get("errors").findValuesAsString("field")).contains("couponIds[0]");
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
        assertThat(status(big)).isEqualTo("AVAILABLE");
    }

    private String status(UUID coupon) {
        return CouponSales.status(brands, coupon);
    }

    private UUID aCoupon(long off, long threshold) {
        return desk.claim(brand.tenantId(), template(off, threshold), customer).id();
    }

    private UUID template(long off, long threshold) {
        Reply created = api.post("/api/v1/coupon-templates", admin, new LinkedHashMap<>(Map.of("name", off / 100
                + "元券", "kind", "AMOUNT_OFF", "amountOff", off, "threshold", threshold, "validDays", 30,
                "perMember", 5, "claimable", true)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    private Map<String, Object> sale(List<UUID> coupons, long total) {
        return CouponSales.sale(brand, customer, coupons, List.of(CouponSales.line(tea, 2), CouponSales.line(cake, 1)),
                total);
    }

    private UUID stocked(long price) {
        return CouponSales.stocked(api, skus, brand, admin, price);
    }
}

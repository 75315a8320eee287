package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Which coupons go together (decision 0041): coupons of one stacking group never go on one order, coupons of
 * different groups do; a coupon that does not combine with promotions is refused on a promoted order; a free-item
 * coupon makes one unit of its SKU free, or is refused naming the item when the cart lacks it.
 */
class CouponStackingTest extends ApiTest {

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
    void aBrandWithTeaAndCake() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        tea = stocked(3000);
        cake = stocked(4000);
    }

    @Test
    void two_coupons_of_one_group_are_refused_naming_the_second_and_coupons_of_different_groups_stack() {
        UUID first = aCoupon(template(amountOff(500, "满减券")));
        UUID second = aCoupon(template(amountOff(300, "满减券")));
        UUID other = aCoupon(template(amountOff(200, "店铺券")));

        Reply refused = api.post("/api/v1/orders", admin, sale(List.of(first, second), 9700));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("couponIds[1]");
        assertThat(refused.raw()).contains("满减券");
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
        assertThat(status(first)).isEqualTo("AVAILABLE");

        Reply stacked = api.post("/api/v1/orders", admin, sale(List.of(first, other), 9300));
        assertThat(stacked.status()).as(stacked.toString()).isEqualTo(201);
        assertThat(stacked.body().get("total").asLong()).isEqualTo(9300);
        assertThat(stacked.body().get("discounts").findValuesAsString("kind")).containsExactly("COUPON", "COUPON");
    }

    @Test
    void a_coupon_without_promotions_is_refused_on_a_promoted_order_and_used_on_another() {
        Map<String, Object> body = amountOff(500, null);
        body.put("withPromotions", false);
        UUID alone = template(body);
        assertThat(api.get("/api/v1/coupon-templates/" + alone, admin).body().get("withPromotions").asBoolean())
                .isFalse();
        UUID coupon = aCoupon(alone);
        Reply promotion = api.post("/api/v1/promotions", admin, Map.of("name", "满100减15", "kind", "FULL_REDUCTION",
                "tiers", List.of(Map.of("threshold", 10000, "off", 1500)),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        assertThat(promotion.status()).as(promotion.toString()).isEqualTo(201);

        Reply refused = api.post("/api/v1/orders/quote", admin, sale(List.of(coupon), 8000));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("couponIds[0]");

        Reply small = api.post("/api/v1/orders", admin, CouponSales.sale(brand, customer, List.of(coupon),
                List.of(CouponSales.line(tea, 2)), 5500));
        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        assertThat(small.body().get("total").asLong()).isEqualTo(5500);
    }

    @Test
    void a_free_item_coupon_makes_one_unit_of_its_sku_free_on_its_line() {
        UUID free = template(freeItem(cake));
        JsonNode read = api.get("/api/v1/coupon-templates/" + free, admin).body();
        assertThat(read.get("kind").asString()).isEqualTo("FREE_ITEM");
        assertThat(read.get("skuName").asString()).isNotBlank();
        UUID coupon = aCoupon(free);

        Reply order = api.post("/api/v1/orders", admin, sale(List.of(coupon), 6000));

        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        JsonNode o = order.body();
        assertThat(o.get("lines").get(0).get("discount").asLong()).isZero();
        assertThat(o.get("lines").get(1).get("discount").asLong()).isEqualTo(4000);
        JsonNode given = o.get("discounts").get(0);
        assertThat(given.get("target").asString()).isEqualTo("LINES");
        assertThat(given.get("amount").asLong()).isEqualTo(4000);
        assertThat(status(coupon)).isEqualTo("USED");
    }

    @Test
    void a_free_item_coupon_without_its_item_in_the_cart_is_refused_naming_the_item() {
        UUID coupon = aCoupon(template(freeItem(cake)));
        String cakeName = api.get("/api/v1/coupons?customerId=" + customer, admin).body().get(0).get("skuName")
                .asString();

        Reply refused = api.post("/api/v1/orders", admin, CouponSales.sale(brand, customer, List.of(coupon),
                List.of(CouponSales.line(tea, 2)), 6000));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("couponIds[0]");
        assertThat(refused.raw()).contains(cakeName);
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
        assertThat(status(coupon)).isEqualTo("AVAILABLE");
    }

    @Test
    void a_free_item_template_without_a_known_sku_is_refused_naming_skuId_and_nothing_is_created() {
        Map<String, Object> none = freeItem(cake);
        none.remove("skuId");
        Reply missing = api.post("/api/v1/coupon-templates", admin, none);
        Reply unknown = api.post("/api/v1/coupon-templates", admin, freeItem(UUID.randomUUID()));

        for (Reply r : List.of(missing, unknown)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.body().get("errors").findValuesAsString("field")).containsExactly("skuId");
        }
        assertThat(brands.count("coupon_template", brand.tenantId())).isZero();
    }

    private Map<String, Object> amountOff(long off, String group) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", off / 100 + "元券", "kind", "AMOUNT_OFF",
                "amountOff", off, "validDays", 30, "perMember", 5, "claimable", true));
        if (group != null) {
            body.put("stackingGroup", group);
        }
        return body;
    }

    private Map<String, Object> freeItem(UUID sku) {
        return new LinkedHashMap<>(Map.of("name", "赠品券", "kind", "FREE_ITEM", "skuId", sku, "threshold", 3000,
                "validDays", 30, "perMember", 5, "claimable", true));
    }

    private UUID template(Map<String, Object> body) {
        Reply created = api.post("/api/v1/coupon-templates", admin, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    private UUID aCoupon(UUID template) {
        return desk.claim(brand.tenantId(), template, customer).id();
    }

    private String status(UUID coupon) {
        return CouponSales.status(brands, coupon);
    }

    private Map<String, Object> sale(List<UUID> coupons, long total) {
        return CouponSales.sale(brand, customer, coupons, List.of(CouponSales.line(tea, 2), CouponSales.line(cake, 1)),
                total);
    }

    private UUID stocked(long price) {
        return CouponSales.stocked(api, skus, brand, admin, price);
    }
}

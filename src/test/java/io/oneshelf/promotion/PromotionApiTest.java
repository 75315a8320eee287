package io.oneshelf.promotion;

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
 * Automatic promotions over the API: kept by brand-wide staff, applied by every checkout of the brand in their
 * window, explained on the order, apportioned to its lines so that a partial return refunds exactly its share.
 */
class PromotionApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrandAndItsAdmin() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    @Test
    void a_till_sale_gets_the_spend_save_tier_it_reaches_its_lines_sum_to_the_total_and_a_return_refunds_its_share() {
        UUID tea = stocked(3000);
        UUID cake = stocked(4000);
        Reply created = api.post("/api/v1/promotions", admin, fullReduction("满50减5 满100减15"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/promotions/" + created.id());

        Map<String, Object> sale = sale(List.of(Map.of("skuId", tea, "quantity", 2), Map.of("skuId", cake,
                "quantity", 1)), 8500);
        Reply quote = api.post("/api/v1/orders/quote", admin, sale);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.body().get("total").asLong()).isEqualTo(8500);
        Reply order = api.post("/api/v1/orders", admin, sale);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);

        JsonNode o = order.body();
        assertThat(o.get("goodsAmount").asLong()).isEqualTo(10000);
        assertThat(o.get("discountAmount").asLong()).isEqualTo(1500);
        assertThat(o.get("total").asLong()).isEqualTo(8500);
        long payable = 0;
        for (JsonNode line : o.get("lines")) {
            payable += line.get("amount").asLong() - line.get("discount").asLong();
        }
        assertThat(payable).isEqualTo(8500);
        assertThat(o.get("lines").get(0).get("discount").asLong()).isEqualTo(900);
        assertThat(o.get("lines").get(1).get("discount").asLong()).isEqualTo(600);
        JsonNode why = o.get("discounts");
        assertThat(why.size()).isEqualTo(1);
        assertThat(why.get(0).get("kind").asString()).isEqualTo("PROMOTION");
        assertThat(why.get(0).get("ruleId").asString()).isEqualTo(created.id());
        assertThat(why.get(0).get("name").asString()).isEqualTo("满50减5 满100减15");
        assertThat(why.get(0).get("amount").asLong()).isEqualTo(1500);
        assertThat(why.get(0).get("target").asString()).isEqualTo("BASKET");
        // read back as it was kept
        assertThat(api.get("/api/v1/orders/" + order.id(), admin).body().get("discounts")).isEqualTo(why);

        Reply back = api.post("/api/v1/orders/" + order.id() + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        // one of two teas: half of the line's 60.00 - 9.00 apportioned
        assertThat(back.body().get("amount").asLong()).isEqualTo(2550);
        assertThat(api.get("/api/v1/orders/" + order.id(), admin).body().get("refunded").asLong()).isEqualTo(2550);
    }

    @Test
    void a_promotion_is_read_listed_and_changed_with_its_version_and_ended_it_no_longer_applies() {
        UUID tea = stocked(3000);
        Reply created = api.post("/api/v1/promotions", admin, fullReduction("满50减5 满100减15"));
        Reply read = api.get("/api/v1/promotions/" + created.id(), admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("version").asInt()).isEqualTo(1);
        assertThat(read.body().get("tiers").get(1).get("off").asLong()).isEqualTo(1500);
        assertThat(api.get("/api/v1/promotions", admin).body().get("items").size()).isEqualTo(1);

        Map<String, Object> off = new LinkedHashMap<>(fullReduction("满50减5 满100减15"));
        off.put("active", false);
        off.put("version", 1);
        Reply changed = api.put("/api/v1/promotions/" + created.id(), admin, off);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().get("version").asInt()).isEqualTo(2);
        assertThat(api.put("/api/v1/promotions/" + created.id(), admin, off).status()).isEqualTo(409);

        Reply quote = api.post("/api/v1/orders/quote", admin, sale(List.of(Map.of("skuId", tea, "quantity", 2)),
                6000));
        assertThat(quote.body().get("total").asLong()).isEqualTo(6000);
        assertThat(quote.body().get("discounts").size()).isZero();
    }

    @Test
    void a_promotion_of_other_kinds_and_a_window_and_store_applies_only_there() {
        UUID tea = stocked(1000);
        Map<String, Object> b2g1 = new LinkedHashMap<>(Map.of("name", "买二送一", "kind", "BUY_X_GET_Y", "buy", 2,
                "get", 1, "skuIds", List.of(tea), "storeIds", List.of(brand.storeId()), "channels", List.of("POS"),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString()));
        assertThat(api.post("/api/v1/promotions", admin, b2g1).status()).isEqualTo(201);

        Reply quote = api.post("/api/v1/orders/quote", admin, sale(List.of(Map.of("skuId", tea, "quantity", 3)),
                2000));
        assertThat(quote.body().get("total").asLong()).isEqualTo(2000);
        assertThat(quote.body().get("discounts").get(0).get("target").asString()).isEqualTo("LINES");
    }

    @Test
    void bad_promotions_are_refused_naming_the_field_and_nothing_is_kept() {
        Map<String, Object> overThreshold = new LinkedHashMap<>(fullReduction("x"));
        overThreshold.put("tiers", List.of(Map.of("threshold", 1000, "off", 1000)));
        assertRefused(overThreshold, "tiers[0].off");

        Map<String, Object> falling = new LinkedHashMap<>(fullReduction("x"));
        falling.put("tiers", List.of(Map.of("threshold", 5000, "off", 500), Map.of("threshold", 4000, "off", 600)));
        assertRefused(falling, "tiers[1].threshold");

        Map<String, Object> backwards = new LinkedHashMap<>(fullReduction("x"));
        backwards.put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString());
        assertRefused(backwards, "endsAt");

        assertRefused(Map.of("name", "x", "kind", "PERCENT_OFF", "startsAt", "2026-01-01T00:00:00Z",
                "endsAt", "2027-01-01T00:00:00Z"), "percentOff");
        assertRefused(Map.of("name", "x", "kind", "PERCENT_OFF", "percentOff", 100,
                "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2027-01-01T00:00:00Z"), "percentOff");
        assertRefused(Map.of("name", "x", "kind", "BUY_X_GET_Y", "buy", 2, "startsAt", "2026-01-01T00:00:00Z",
                "endsAt", "2027-01-01T00:00:00Z"), "get");

        Map<String, Object> foreignSku = new LinkedHashMap<>(fullReduction("x"));
        foreignSku.put("skuIds", List.of(skus.aSku(brands.aBrand())));
        assertRefused(foreignSku, "skuIds");

        Map<String, Object> foreignStore = new LinkedHashMap<>(fullReduction("x"));
        foreignStore.put("storeIds", List.of(brands.aBrand().storeId()));
        assertRefused(foreignStore, "storeIds");

        Map<String, Object> noKind = new LinkedHashMap<>(fullReduction("x"));
        noKind.put("kind", "HALF_PRICE");
        Reply bad = api.post("/api/v1/promotions", admin, noKind);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);

        assertThat(brands.count("promotion", brand.tenantId())).isZero();
    }

    @Test
    void only_brand_wide_staff_set_promotions_and_another_brand_sees_none_of_them() {
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        String region = api.login(brand.login("region"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/promotions", manager, fullReduction("x")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/promotions", region, fullReduction("x")).status()).isEqualTo(403);
        assertThat(brands.count("promotion", brand.tenantId())).isZero();

        Reply created = api.post("/api/v1/promotions", admin, fullReduction("mine"));
        Brand other = brands.aBrand();
        String otherAdmin = api.login(other.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/promotions/" + created.id(), otherAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/promotions", otherAdmin).body().get("items").size()).isZero();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        Reply bad = api.post("/api/v1/promotions", admin, body);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body().get("errors").findValuesAsString("field")).as(bad.toString()).contains(field);
    }

    private Map<String, Object> fullReduction(String name) {
        return Map.of("name", name, "kind", "FULL_REDUCTION", "tiers", List.of(Map.of("threshold", 5000, "off", 500),
                        Map.of("threshold", 10000, "off", 1500)),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
    }

    private Map<String, Object> sale(List<Map<String, Object>> lines, long total) {
        return Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", brand.storeId(), "lines", lines,
                "tenders", List.of(Map.of("tender", "CASH", "amount", total, "cashTendered", total)));
    }

    private UUID stocked(long price) {
        UUID sku = skus.aPricedSku(brand, price);
        Reply receipt = api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 10));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        return sku;
    }
}

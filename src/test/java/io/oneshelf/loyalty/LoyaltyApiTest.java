package io.oneshelf.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Member tiers and points through the API: a paid order lifts its customer to the tier its growth reaches and the
 * price book's tier price applies at their next checkout; points are earned at the tier's multiplier, taken back in
 * proportion to a return, paid as a tender within the brand's cap, and the ledger reconciles.
 */
class LoyaltyApiTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private UUID tea;
    private UUID customer;

    @BeforeEach
    void aBrandWithMemberAndGoldTiers() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        tea = skus.aPricedSku(brand, 10000);
        Reply prices = api.put("/api/v1/skus/" + tea + "/prices", admin, Map.of("prices", List.of(
                Map.of("kind", "LIST", "priceFen", 10000), Map.of("kind", "TIER", "tierCode", "GOLD",
                        "priceFen", 8000))));
        assertThat(prices.status()).as(prices.toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 20)).status()).isEqualTo(201);
        Reply rules = api.put("/api/v1/loyalty/tier-rules", admin, tierRules(0));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        customer = Shoppers.aShopper(api, brand.code()).customerId();
    }

    private static Map<String, Object> tierRules(int version) {
        return Map.of("windowMonths", 12, "keepMonths", 6, "version", version, "tiers", List.of(
                tier("MEMBER", "Member", 0, 100), tier("GOLD", "Gold", 150, 200)));
    }

    private static Map<String, Object> tier(String code, String name, long threshold, int multiplier) {
        return Map.of("code", code, "name", name, "threshold", threshold, "multiplierPercent", multiplier,
                "freeShipping", false, "birthdayPoints", 0);
    }

    private Reply sale(long quantity, List<Map<String, Object>> tenders) {
        return api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer,
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity)), "tenders", tenders));
    }

    private static Map<String, Object> cash(long fen) {
        return Map.of("tender", "CASH", "amount", fen, "cashTendered", fen);
    }

    private long unitPriceNow() {
        Reply quote = api.post("/api/v1/orders/quote", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer,
                "lines", List.of(Map.of("skuId", tea, "quantity", 1)), "tenders", List.of(cash(10000))));
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        return quote.body().get("lines").get(0).get("unitPrice").asLong();
    }

    private JsonNode points() {
        Reply points = api.get("/api/v1/customers/" + customer + "/points", admin);
        assertThat(points.status()).as(points.toString()).isEqualTo(200);
        return points.body();
    }

    private long balanceOnce(long expected) {
        return Eventually.until("a balance of " + expected, PATIENCE, () -> points().get("balance").asLong(),
                b -> b == expected);
    }

    @Test
    void a_paid_order_lifts_its_customer_to_gold_and_the_gold_price_applies_at_their_next_checkout() {
        assertThat(unitPriceNow()).isEqualTo(10000);

        Reply paid = sale(2, List.of(cash(20000)));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

        JsonNode standing = Eventually.until("gold", PATIENCE,
                () -> api.get("/api/v1/customers/" + customer + "/tier", admin).body(),
                s -> s.get("tier").get("code").asString().equals("GOLD"));
        assertThat(standing.get("growth").asLong()).isEqualTo(200);
        assertThat(standing.get("next").isNull()).isTrue();
        assertThat(unitPriceNow()).isEqualTo(8000);
        // earned at gold: 200 yuan × 1 point × 200 %
        balanceOnce(400);
        JsonNode entry = points().get("entries").get("items").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("EARN");
        assertThat(entry.get("orderId").asString()).isEqualTo(paid.id());
    }

    @Test
    void a_return_takes_back_its_share_of_the_points_and_points_pay_within_the_cap() {
        Reply first = sale(2, List.of(cash(20000)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        balanceOnce(400);
        Reply back = api.post("/api/v1/orders/" + first.id() + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        balanceOnce(200);

        Reply rules = api.put("/api/v1/loyalty/points-rules", admin, Map.of("earnPerYuan", 1, "redeemPerYuan", 10,
                "maxRedeemPercent", 20, "expiryMonths", 12, "categoryRates", List.of(), "version", 0));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        // gold price 8000: points may pay 1600 of it, 160 points at 10 points a yuan
        Reply overCap = sale(1, List.of(Map.of("tender", "POINTS", "amount", 1700), cash(6300)));
        assertThat(overCap.status()).as(overCap.toString()).isEqualTo(400);
        assertThat(overCap.body().get("errors").get(0).get("field").asString()).endsWith("amount");
        assertThat(overCap.body().get("detail").asString()).contains("20%");
        assertThat(points().get("balance").asLong()).isEqualTo(200);

        Reply withPoints = sale(1, List.of(Map.of("tender", "POINTS", "amount", 1600), cash(6400)));
        assertThat(withPoints.status()).as(withPoints.toString()).isEqualTo(201);
        // 160 points paid; the 6400 paid in cash earns 64 yuan × 200 % once heard
        balanceOnce(168);
        Reply tooFew = sale(1, List.of(Map.of("tender", "POINTS", "amount", 1690), cash(6310)));
        assertThat(tooFew.status()).as(tooFew.toString()).isEqualTo(400);
        assertThat(tooFew.body().get("detail").asString()).contains("169");
        assertThat(points().get("balance").asLong()).isEqualTo(168);

        Reply returned = api.post("/api/v1/orders/" + withPoints.id() + "/returns", admin, Map.of("placeId",
                brand.storeId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        // the points tender back (160), the points the cash earned taken back (128)
        balanceOnce(200);
        Reply check = api.get("/api/v1/loyalty/points-check", admin);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("differences").size()).as(check.toString()).isZero();
        assertThat(check.body().get("accountsChecked").asInt()).isEqualTo(1);
    }

    @Test
    void a_paid_order_cancelled_before_fulfilment_takes_back_all_its_points() {
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", customer,
                "lines", List.of(Map.of("skuId", tea, "quantity", 1))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        Reply paid = api.post("/api/v1/orders/" + placed.id() + "/payments", guide, Map.of("tender", "CASH",
                "amount", 10000, "cashTendered", 10000));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        // ¥100 at the member tier's 100 %
        balanceOnce(100);

        Reply cancelled = api.post("/api/v1/orders/" + placed.id() + "/cancel", admin, Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        balanceOnce(0);
        assertThat(points().get("entries").get("items").get(0).get("kind").asString()).isEqualTo("REVERSE");
        assertThat(api.get("/api/v1/loyalty/points-check?customerId=" + customer, admin).body().get("differences")
                .size()).isZero();
    }

    @Test
    void tiers_whose_thresholds_do_not_rise_are_refused_on_the_field_and_nothing_changes() {
        Reply refused = api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 6,
                "version", 1, "tiers", List.of(tier("MEMBER", "Member", 100, 100), tier("GOLD", "Gold", 100, 200))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("tiers[1].threshold");

        Reply twice = api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 6,
                "version", 1, "tiers", List.of(tier("GOLD", "Member", 0, 100), tier("GOLD", "Gold", 100, 200))));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
        assertThat(twice.body().get("errors").get(0).get("field").asString()).isEqualTo("tiers[1].code");

        Reply bad = api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 0, "keepMonths", 6,
                "version", 1, "tiers", List.of(tier("go ld", "Gold", 0, 5000))));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("windowMonths", "tiers[0].code", "tiers[0].multiplierPercent");

        Reply stale = api.put("/api/v1/loyalty/tier-rules", admin, tierRules(0));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        JsonNode rules = api.get("/api/v1/loyalty/tier-rules", admin).body();
        assertThat(rules.get("version").asInt()).isEqualTo(1);
        assertThat(rules.get("tiers").get(1).get("threshold").asLong()).isEqualTo(150);
    }

    @Test
    void points_rules_name_the_brands_own_categories_and_bad_values_by_field() {
        Reply foreign = api.put("/api/v1/loyalty/points-rules", admin, Map.of("earnPerYuan", 1, "redeemPerYuan", 100,
                "maxRedeemPercent", 50, "expiryMonths", 24, "version", 0, "categoryRates",
                List.of(Map.of("categoryId", UUID.randomUUID(), "ratePercent", 200))));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.body().get("errors").get(0).get("field").asString())
                .isEqualTo("categoryRates[0].categoryId");

        Reply bad = api.put("/api/v1/loyalty/points-rules", admin, Map.of("earnPerYuan", -1, "redeemPerYuan", 0,
                "maxRedeemPercent", 101, "expiryMonths", 24, "version", 0, "categoryRates", List.of()));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("earnPerYuan", "redeemPerYuan", "maxRedeemPercent");

        JsonNode rules = api.get("/api/v1/loyalty/points-rules", admin).body();
        assertThat(rules.get("version").asInt()).isZero();
        assertThat(rules.get("redeemPerYuan").asInt()).isEqualTo(100);
    }

    @Test
    void a_member_sees_their_own_tier_and_points_in_the_shop_and_another_brand_sees_none() {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply membership = api.get(shopper.path("/me/membership"), shopper.accessToken());
        assertThat(membership.status()).as(membership.toString()).isEqualTo(200);
        assertThat(membership.body().get("tier").get("tier").get("code").asString()).isEqualTo("MEMBER");
        assertThat(membership.body().get("tier").get("next").get("code").asString()).isEqualTo("GOLD");
        assertThat(membership.body().get("tier").get("toNext").asLong()).isEqualTo(150);
        assertThat(membership.body().get("points").asLong()).isZero();
        Reply history = api.get(shopper.path("/me/points"), shopper.accessToken());
        assertThat(history.status()).as(history.toString()).isEqualTo(200);

        Brand other = brands.aBrand();
        String otherAdmin = api.login(other.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/customers/" + customer + "/points", otherAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + customer + "/tier", otherAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/loyalty/tier-rules", otherAdmin).body().get("tiers").size()).isZero();
    }
}

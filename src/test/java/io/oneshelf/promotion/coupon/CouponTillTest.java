package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Coupons at the till and across merges (decision 0041): a coupon's code (and its QR in the shop) finds it, its owner
 * and whether it applies at the store, for the brand's staff of that store only; the till sells with its id. A merge
 * moves the merged customer's coupons to the survivor; its undo moves exactly those back.
 */
class CouponTillTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private Shopper anna;
    private UUID template;

    @BeforeEach
    void aCustomerWithACoupon() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        anna = Shoppers.aShopper(api, brand.code());
        Reply created = api.post("/api/v1/coupon-templates", admin, new LinkedHashMap<>(Map.of("name", "5元券",
                "kind", "AMOUNT_OFF", "amountOff", 500, "validDays", 30, "perMember", 5, "claimable", false)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        template = UUID.fromString(created.id());
    }

    @Test
    void the_shop_shows_the_code_and_its_qr_and_the_till_finds_the_coupon_by_it_and_sells_with_it() {
        JsonNode issued = issue(anna);
        JsonNode mine = api.get(anna.path("/me/coupons"), anna.accessToken()).body().get(0);
        String code = mine.get("code").asString();
        assertThat(code).hasSize(12).matches("[" + CouponCodes.ALPHABET + "]+");
        Reply qr = api.get(anna.path("/me/coupons/" + mine.get("id").asString() + "/qr.png"), anna.accessToken());
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).startsWith("image/png");
        Shopper bob = Shoppers.aShopper(api, brand.code());
        assertThat(api.get(bob.path("/me/coupons/" + mine.get("id").asString() + "/qr.png"), bob.accessToken())
                .status()).isEqualTo(404);

        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4);
        Reply found = api.get("/api/v1/coupons/by-code/" + typed + "?storeId=" + brand.storeId(), cashier);

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body().get("coupon").get("id").asString()).isEqualTo(issued.get("id").asString());
        assertThat(found.body().get("owner").get("id").asString()).isEqualTo(anna.customerId().toString());
        assertThat(found.body().get("usableNow").asBoolean()).isTrue();
        assertThat(found.body().get("appliesAtStore").asBoolean()).isTrue();

        UUID tea = skus.aPricedSku(brand, 3000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        Reply sale = api.post("/api/v1/orders", cashier, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", anna.customerId(),
                "couponIds", List.of(found.body().get("coupon").get("id").asString()),
                "lines", List.of(Map.of("skuId", tea, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 2500, "cashTendered", 2500))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/coupons/by-code/" + code, cashier).body().get("usableNow").asBoolean())
                .isFalse();
    }

    @Test
    void a_code_is_not_found_in_another_brand_and_a_store_not_the_callers_is_refused_naming_storeId() {
        String code = issue(anna).get("code").asString();
        Brand other = brands.aBrand();
        String otherAdmin = api.login(other.login("admin"), BrandFixture.PASSWORD);

        assertThat(api.get("/api/v1/coupons/by-code/" + code, otherAdmin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/coupons/by-code/NOSUCHCODE234", admin).status()).isEqualTo(404);
        Reply foreignStore = api.get("/api/v1/coupons/by-code/" + code + "?storeId=" + other.storeId(), admin);
        assertThat(foreignStore.status()).as(foreignStore.toString()).isEqualTo(400);
        assertThat(foreignStore.body().get("errors").findValuesAsString("field")).containsExactly("storeId");
    }

    @Test
    void a_merge_moves_the_merged_customers_coupons_and_its_undo_moves_exactly_those_back() {
        Shopper annaAgain = Shoppers.aShopper(api, brand.code());
        String annas = issue(anna).get("id").asString();
        String again = issue(annaAgain).get("id").asString();

        Reply merged = api.post("/api/v1/customers/" + anna.customerId() + "/merges", admin,
                Map.of("mergedId", annaAgain.customerId()));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
        Eventually.until("the merged customer's coupon to be the survivor's", Duration.ofSeconds(20),
                () -> couponIds(anna), ids -> ids.contains(again));
        assertThat(couponIds(anna)).containsExactlyInAnyOrder(annas, again);
        assertThat(couponIds(annaAgain)).isEmpty();

        Reply undone = api.post("/api/v1/customer-merges/" + merged.id() + "/undo", admin, Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        Eventually.until("the coupon to go back", Duration.ofSeconds(20), () -> couponIds(annaAgain),
                ids -> ids.contains(again));
        assertThat(couponIds(anna)).containsExactly(annas);
        assertThat(brands.jdbc().sql("select payload ->> 'reason' from event_log where brand_id = :b"
                        + " and type = 'promotion.coupon.moved' order by tx, seq")
                .param("b", brand.tenantId()).query(String.class).list()).containsExactly("MERGED", "MERGE_UNDONE");
    }

    private JsonNode issue(Shopper to) {
        Reply issued = api.post("/api/v1/coupon-templates/" + template + "/issue", admin,
                Map.of("customerIds", List.of(to.customerId())));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.body().get(0);
    }

    private List<String> couponIds(Shopper who) {
        return api.get("/api/v1/coupons?customerId=" + who.customerId(), admin).body().findValuesAsString("id")
                .stream().filter(id -> !id.equals(template.toString())).toList();
    }
}

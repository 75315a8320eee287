package io.oneshelf.pos.snapshot;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aMilkTea;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class TillSnapshotApiTest extends ApiTest {

    @Autowired
    private SkuFixture skus;

    @Autowired
    private TransactionTemplate transactions;

    private Brand brand;
    private String admin;
    private String cashier;
    private String tea;
    private String teaBarcode;
    private UUID till;
    private String drinks;
    private String milkTeas;

    @BeforeEach
    void aBrandWithTiersAndATea() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        till = aTill(api, admin, brand.storeId());
        aGoldTier(api, admin);
        teaBarcode = anEan13();
        drinks = aCategory(api, admin, "DRINK", "飲品", null);
        milkTeas = aCategory(api, admin, "MILKTEA", "奶茶", drinks);
        Reply product = aProduct(api, admin, aMilkTea("MT-" + brand.code(), milkTeas, teaBarcode));
        for (JsonNode sku : product.body().get("skus")) {
            if (sku.get("code").asString().endsWith("-LH")) {
                tea = sku.get("id").asString();
            }
        }
        setPrices(tea, List.of(Map.of("kind", "LIST", "priceFen", 2000), Map.of("kind", "CHANNEL", "channel",
                "POS", "priceFen", 1900), Map.of("kind", "TIER", "tierCode", "GOLD", "priceFen", 1700)));
    }

    /** The brand's member tiers: GOLD alone. */
    static void aGoldTier(io.oneshelf.support.Api api, String admin) {
        assertThat(api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 6,
                "version", 0, "tiers", List.of(Map.of("code", "GOLD", "name", "Gold", "threshold", 1000,
                        "multiplierPercent", 150, "freeShipping", true, "birthdayPoints", 100)))).status())
                .isEqualTo(200);
    }

    /** A new till at the store, made by {@code admin}. */
    static UUID aTill(io.oneshelf.support.Api api, String admin, UUID store) {
        Reply till = api.post("/api/v1/pos/tills", admin, Map.of("storeId", store, "code", "T" + UUID.randomUUID()
                .toString().substring(0, 8), "name", "Till"));
        assertThat(till.status()).as(till.toString()).isEqualTo(201);
        return UUID.fromString(till.id());
    }

    private void setPrices(String sku, List<Map<String, Object>> rows) {
        Reply reply = api.put("/api/v1/skus/" + sku + "/prices", admin, Map.of("prices", rows));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private JsonNode snapshot(String token, UUID till, String since) {
        Reply reply = api.get("/api/v1/pos/tills/" + till + "/snapshot"
                              + (since == null ? "" : "?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode skuOf(JsonNode snapshot, String skuId) {
        for (JsonNode sku : snapshot.get("skus")) {
            if (sku.get("skuId").asString().equals(skuId)) {
                return sku;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(field == null ? n.asString() : n.get(field).asString()));
        return ids;
    }

    @Test
    void a_full_snapshot_has_the_store_skus_with_barcodes_pos_and_tier_prices_the_cashier_and_the_limits() {
        JsonNode full = snapshot(cashier, till, null);

        assertThat(full.get("full").asBoolean()).isTrue();
        assertThat(full.get("store").get("id").asString()).isEqualTo(brand.storeId().toString());
        JsonNode sku = skuOf(full, tea);
        assertThat(sku).as("the tea in %s", full).isNotNull();
        assertThat(ids(sku.get("barcodes"), null)).containsExactly(teaBarcode);
        assertThat(sku.get("priceFen").asLong()).isEqualTo(1900);
        assertThat(sku.get("tierPrices").get(0).get("tierCode").asString()).isEqualTo("GOLD");
        assertThat(sku.get("tierPrices").get(0).get("priceFen").asLong()).isEqualTo(1700);
        assertThat(sku.get("productName").asString()).isEqualTo("珍珠奶茶");
        assertThat(sku.get("active").asBoolean()).isTrue();
        // its category and the one above it, for a promotion of a category applied offline
        assertThat(ids(sku.get("categoryIds"), null)).containsExactlyInAnyOrder(milkTeas, drinks);
        assertThat(ids(full.get("tiers"), "code")).containsExactly("GOLD");
        assertThat(full.get("removedSkuIds").size()).isZero();
        assertThat(ids(full.get("cashier").get("permissions"), null)).contains("pos:sell").doesNotContain("pos:manage");
        assertThat(full.get("cashier").get("discountLimitPercent").asInt()).isEqualTo(10);
        assertThat(full.get("settings").get("maxOfflineHours").asInt()).isEqualTo(24);
        assertThat(full.get("settings").get("maxOfflineAmountFen").asLong()).isEqualTo(5_000_000);
    }

    @Test
    void since_the_last_snapshot_a_price_change_a_new_barcode_and_a_deactivated_sku_are_picked_up_and_nothing_else() {
        UUID untouched = skus.aPricedSku(brand, 800);
        UUID barcoded = skus.aPricedSku(brand, 900);
        UUID retired = skus.aSkuThatCanBeDeactivated(brand);
        String asOf = snapshot(cashier, till, null).get("asOf").asString();
        JsonNode nothing = snapshot(cashier, till, asOf);
        assertThat(nothing.get("full").asBoolean()).isFalse();

        setPrices(tea, List.of(Map.of("kind", "LIST", "priceFen", 2200)));
        String code = anEan13();
        assertThat(api.post("/api/v1/skus/" + barcoded + "/barcodes", admin, Map.of("code", code)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/skus/" + retired + "/deactivate", admin, Map.of()).status()).isEqualTo(200);
        JsonNode changed = snapshot(cashier, till, asOf);

        assertThat(changed.get("full").asBoolean()).isFalse();
        assertThat(skuOf(changed, tea).get("priceFen").asLong()).isEqualTo(2200);
        assertThat(skuOf(changed, tea).get("tierPrices").size()).isZero();
        assertThat(ids(skuOf(changed, barcoded.toString()).get("barcodes"), null)).contains(code);
        assertThat(ids(changed.get("removedSkuIds"), null)).containsExactly(retired.toString());
        assertThat(ids(changed.get("skus"), "skuId")).doesNotContain(untouched.toString(), retired.toString());
        JsonNode after = snapshot(cashier, till, changed.get("asOf").asString());
        assertThat(ids(after.get("skus"), "skuId")).doesNotContain(untouched.toString());
    }

    @Test
    void a_scheduled_price_that_starts_between_two_snapshots_is_picked_up_though_nothing_was_written() {
        Instant starts = Instant.now().minus(Duration.ofMinutes(10));
        setPrices(tea, List.of(Map.of("kind", "LIST", "priceFen", 2000), Map.of("kind", "LIST", "priceFen", 1500,
                "validFrom", starts.toString())));
        catalogWrittenAnHourAgo();
        // a device last synced after the prices were written and before the new one started
        String before = starts.minus(Duration.ofMinutes(1)).toString();
        String after = starts.plus(Duration.ofMinutes(1)).toString();

        JsonNode since = snapshot(cashier, till, before);

        assertThat(since.get("full").asBoolean()).isFalse();
        assertThat(skuOf(since, tea).get("priceFen").asLong()).isEqualTo(1500);
        assertThat(skuOf(snapshot(cashier, till, after), tea)).as("written before either since").isNull();
    }

    /**
     * Moves the brand's catalog writes (the SKUs' feed stamps, its price policy) an hour back, as if its prices had
     * been set then: a since between that write and a scheduled price's start sees only the start. The stamping
     * triggers are quiet for the transaction (replica role), else they would stamp the update itself.
     */
    private void catalogWrittenAnHourAgo() {
        transactions.executeWithoutResult(t -> {
            brands.jdbc().sql("set local session_replication_role = replica").update();
            brands.jdbc().sql("update sku set feed_at = feed_at - interval '1 hour' where tenant_id = :t")
                    .param("t", brand.tenantId()).update();
            brands.jdbc().sql("update price_policy set updated_at = updated_at - interval '1 hour' "
                    + "where tenant_id = :t").param("t", brand.tenantId()).update();
        });
    }

    @Test
    void the_automatic_promotions_come_with_their_terms_in_the_order_the_server_stacks_them() {
        String older = aPromotion("二杯八折", "2026-06-01T00:00:00Z", 0, Map.of("kind", "PERCENT_OFF",
                "percentOff", 20));
        String newer = aPromotion("买二送一", "2026-01-01T00:00:00Z", 0, Map.of("kind", "BUY_X_GET_Y",
                "buy", 2, "get", 1));
        String first = aPromotion("满30减5", "2026-06-01T00:00:00Z", 5, Map.of("kind", "FULL_REDUCTION",
                "tiers", List.of(Map.of("threshold", 3000, "off", 500))));

        JsonNode promotions = snapshot(cashier, till, null).get("promotions");

        // priority first, then the one made first, whatever their starts
        assertThat(ids(promotions, "id")).containsExactly(first, older, newer);
        assertThat(promotions.get(0).get("tiers").get(0).get("off").asLong()).isEqualTo(500);
        assertThat(ids(promotions.get(0).get("skuIds"), null)).containsExactly(tea);
        assertThat(promotions.get(1).get("percentOff").asInt()).isEqualTo(20);
        assertThat(promotions.get(2).get("buy").asInt()).isEqualTo(2);
    }

    /** An automatic promotion of the tea, for every channel and store, until 2036. */
    private String aPromotion(String name, String startsAt, int priority, Map<String, Object> terms) {
        Map<String, Object> body = new java.util.HashMap<>(terms);
        body.putAll(Map.of("name", name, "skuIds", List.of(tea), "startsAt", startsAt,
                "endsAt", "2036-01-01T00:00:00Z", "priority", priority));
        Reply promotion = api.post("/api/v1/promotions", admin, body);
        assertThat(promotion.status()).as(promotion.toString()).isEqualTo(201);
        return promotion.id();
    }

    @Test
    void nothing_of_another_brand_is_listed_and_its_tills_or_a_store_outside_the_scope_are_not_found() {
        Brand other = brands.aBrand();
        UUID theirs = skus.aPricedSku(other, 1000);

        JsonNode full = snapshot(admin, till, null);

        assertThat(ids(full.get("skus"), "skuId")).doesNotContain(theirs.toString()).contains(tea);
        UUID theirTill = aTill(api, api.login(other.login("admin"), BrandFixture.PASSWORD), other.storeId());
        UUID storeTwo = aTill(api, admin, brand.otherStoreId());
        assertThat(api.get("/api/v1/pos/tills/" + theirTill + "/snapshot", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pos/tills/" + storeTwo + "/snapshot", cashier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pos/tills/" + storeTwo + "/members", cashier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pos/tills/" + storeTwo + "/snapshot", admin).status()).isEqualTo(200);
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/pos/tills/" + till + "/snapshot", guide).status()).isEqualTo(403);
    }

    @Test
    void the_members_are_the_store_customers_by_phone_hash_and_member_code_and_those_changed_since() {
        UUID sku = skus.aPricedSku(brand, 1200);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        String phone = "139" + String.format("%08d", Math.floorMod(brand.code().hashCode(), 100_000_000));
        Reply customer = api.post("/api/v1/customers", cashier, Map.of("phone", phone));
        assertThat(customer.status()).as(customer.toString()).isIn(200, 201);
        Reply sale = api.post("/api/v1/orders", cashier, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer.id(), "lines", List.of(Map.of("skuId", sku,
                        "quantity", 1)), "tenders", List.of(Map.of("tender", "CASH", "amount", 1200,
                        "cashTendered", 1200))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);

        Reply full = api.get("/api/v1/pos/tills/" + till + "/members", cashier);

        assertThat(full.status()).isEqualTo(200);
        JsonNode member = full.body().get("members").get(0);
        assertThat(member.get("customerId").asString()).isEqualTo(customer.id());
        assertThat(member.get("phoneHash").asString()).isEqualTo(TillMembers.phoneHash(phone))
                .hasSize(64);
        assertThat(member.get("maskedPhone").asString()).isEqualTo(phone.substring(0, 3) + "****"
                                                                    + phone.substring(7));
        assertThat(member.get("memberCode").asString()).matches("M\\d{10}");
        assertThat(member.toString()).doesNotContain(phone);

        String later = "138" + phone.substring(3);
        Reply registered = api.post("/api/v1/customers", cashier, Map.of("phone", later));
        Reply since = api.get("/api/v1/pos/tills/" + till + "/members?since="
                              + URLEncoder.encode(full.body().get("asOf").asString(), StandardCharsets.UTF_8), cashier);
        assertThat(ids(since.body().get("members"), "customerId")).contains(registered.id());
        Brand other = brands.aBrand();
        String theirs = api.login(other.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/pos/tills/" + till + "/members", theirs).status()).isEqualTo(404);
    }
}

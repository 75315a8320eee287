package io.oneshelf.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The console's list of a brand's voucher plans: by product and SKU name, a page at a time, one read by SKU. */
class VoucherPlanApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private final List<UUID> services = new ArrayList<>();

    @BeforeEach
    void threeServicesSoldAsVouchers() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        for (int uses : new int[] {5, 10, 20}) {
            UUID sku = skus.aPricedSku(brand, 1000L * uses);
            Reply plan = api.put("/api/v1/voucher-plans/" + sku, admin, Map.of("uses", uses, "validDays", 30 * uses,
                    "version", 0));
            assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
            services.add(sku);
        }
    }

    @Test
    void plans_are_listed_by_product_and_sku_name_a_page_at_a_time() {
        Reply first = api.get("/api/v1/voucher-plans?limit=2", admin);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("items").size()).isEqualTo(2);
        String cursor = first.body().get("nextCursor").asString();
        Reply second = api.get("/api/v1/voucher-plans?limit=2&cursor=" + cursor, admin);
        assertThat(second.body().get("items").size()).isEqualTo(1);
        assertThat(second.body().get("nextCursor").isNull()).isTrue();

        List<JsonNode> plans = new ArrayList<>();
        first.body().get("items").forEach(plans::add);
        second.body().get("items").forEach(plans::add);
        assertThat(plans).extracting(p -> UUID.fromString(p.get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(services);
        for (JsonNode plan : plans) {
            JsonNode sku = api.get("/api/v1/skus/" + plan.get("id").asString(), admin).body();
            assertThat(plan.get("skuCode").asString()).isEqualTo(sku.get("code").asString());
            assertThat(plan.get("skuName").asString()).isEqualTo(sku.get("name").asString());
            assertThat(plan.get("productName").asString()).startsWith("Oolong ");
            assertThat(plan.get("active").asBoolean()).isTrue();
            assertThat(plan.get("validDays").asInt()).isEqualTo(30 * plan.get("uses").asInt());
            assertThat(plan.get("version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void a_plan_is_read_with_its_version_and_a_sku_sold_as_no_voucher_has_none() {
        UUID tenWashes = services.get(1);
        Reply changed = api.put("/api/v1/voucher-plans/" + tenWashes, admin, Map.of("uses", 12, "validDays", 90,
                "version", 1));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        Reply read = api.get("/api/v1/voucher-plans/" + tenWashes, admin);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().get("uses").asInt()).isEqualTo(12);
        assertThat(read.body().get("validDays").asInt()).isEqualTo(90);
        assertThat(read.body().get("version").asInt()).isEqualTo(2);
        assertThat(read.body().get("skuName").asString()).startsWith("Oolong large ");

        Reply stale = api.put("/api/v1/voucher-plans/" + tenWashes, admin, Map.of("uses", 3, "validDays", 9,
                "version", 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body().get("errors").get(0).get("field").asString()).isEqualTo("version");

        assertThat(api.get("/api/v1/voucher-plans/" + skus.aPricedSku(brand, 500), admin).status()).isEqualTo(404);
    }

    @Test
    void another_brand_sees_none_of_the_plans() {
        Brand other = brands.aBrand();
        String otherAdmin = api.login(other.login("admin"), BrandFixture.PASSWORD);

        Reply theirs = api.get("/api/v1/voucher-plans", otherAdmin);

        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        assertThat(theirs.body().get("items").size()).isZero();
        assertThat(api.get("/api/v1/voucher-plans/" + services.get(0), otherAdmin).status()).isEqualTo(404);
    }

    @Test
    void out_of_range_uses_and_days_are_refused_on_their_fields() {
        Reply refused = api.put("/api/v1/voucher-plans/" + services.get(0), admin, Map.of("uses", 1001,
                "validDays", 0, "version", 1));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("uses", "validDays");
    }
}

package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The brand's top-up plans: written by its admins, read by whoever tops up, offered in the shop while active. */
class WalletPlanApiTest extends ApiTest {

    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrand() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    @Test
    void a_plan_is_created_changed_listed_and_removed() {
        String id = WalletFixture.aPlan(api, admin, "充500送50", 50000, 5000);

        Reply changed = api.put("/api/v1/wallet-plans/" + id, admin, Map.of("name", "充500送60", "pay", 50000,
                "bonus", 6000, "active", true, "version", 1));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().get("bonus").asLong()).isEqualTo(6000);
        assertThat(changed.body().get("version").asInt()).isEqualTo(2);

        Reply stale = api.put("/api/v1/wallet-plans/" + id, admin, Map.of("name", "x", "pay", 1, "bonus", 0,
                "version", 1));
        assertThat(stale.status()).isEqualTo(409);

        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Reply listed = api.get("/api/v1/wallet-plans", cashier);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body().get("items").get(0).get("name").asString()).isEqualTo("充500送60");
        assertThat(api.post("/api/v1/wallet-plans", cashier, Map.of("name", "x", "pay", 1, "bonus", 0)).status())
                .isEqualTo(403);

        Reply removed = api.send("DELETE", "/api/v1/wallet-plans/" + id, admin, null, java.util.UUID.randomUUID()
                .toString());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(api.get("/api/v1/wallet-plans/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void bad_plans_are_refused_naming_the_field_and_nothing_changes() {
        String id = WalletFixture.aPlan(api, admin, "充100送10", 10000, 1000);

        assertField(api.post("/api/v1/wallet-plans", admin, Map.of("name", " ", "pay", 100, "bonus", 0)), "name");
        assertField(api.post("/api/v1/wallet-plans", admin, Map.of("name", "zero", "pay", 0, "bonus", 0)), "pay");
        assertField(api.post("/api/v1/wallet-plans", admin, Map.of("name", "much", "pay", 100, "bonus", 101)),
                "bonus");
        assertField(api.put("/api/v1/wallet-plans/" + id, admin, Map.of("name", "no version", "pay", 100,
                "bonus", 0)), "version");

        Reply all = api.get("/api/v1/wallet-plans", admin);
        assertThat(all.body().get("items").size()).isEqualTo(1);
        assertThat(all.body().get("items").get(0).get("name").asString()).isEqualTo("充100送10");
        assertThat(all.body().get("items").get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void the_shop_offers_the_active_plans_only() {
        WalletFixture.aPlan(api, admin, "充100送10", 10000, 1000);
        Reply paused = api.post("/api/v1/wallet-plans", admin, Map.of("name", "停用", "pay", 20000, "bonus", 3000,
                "active", false));
        assertThat(paused.status()).isEqualTo(201);
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());

        Reply offered = api.get(shopper.path("/wallet-plans"), shopper.accessToken());

        assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
        assertThat(offered.body().get("items").size()).isEqualTo(1);
        assertThat(offered.body().get("items").get(0).get("name").asString()).isEqualTo("充100送10");
    }

    static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}

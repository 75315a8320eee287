package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Disabling, demoting or moving an account takes effect on its very next request, whatever token it holds. */
class StaffRightsTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_disabled_account_is_refused_on_its_next_request_and_stays_signed_out_when_enabled_again() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        StockClient stock = new StockClient(api, manager);
        assertThat(stock.receive(sku, brand.storeId(), 5).status()).isEqualTo(201);
        String managerId = idOf(admin, brand.login("manager"));

        assertThat(api.post("/api/v1/staff/" + managerId + "/disable", admin, Map.of()).status()).isEqualTo(200);

        Reply read = api.get("/api/v1/me", manager);
        Reply receipt = stock.receive(sku, brand.storeId(), 5);
        Reply adjustment = stock.adjust(sku, brand.storeId(), -1, "broken");
        assertThat(read.status()).isEqualTo(401);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(receipt.status()).isEqualTo(401);
        assertThat(adjustment.status()).isEqualTo(401);
        assertThat(brands.count("stock_movement", brand.tenantId())).as("only the receipt before").isEqualTo(1);

        assertThat(api.post("/api/v1/staff/" + managerId + "/enable", admin, Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", manager).status()).as("a token from before is still signed out")
                .isEqualTo(401);
        assertThat(api.get("/api/v1/me", api.login(brand.login("manager"), BrandFixture.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void a_demoted_store_manager_can_no_longer_create_staff_or_adjust_stock_with_the_old_token() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        long staffBefore = brands.count("staff", brand.tenantId());

        assign(admin, brand.login("manager"), "CASHIER", brand.storeId());

        Reply hire = api.post("/api/v1/staff", manager, Map.of("login", "late@" + brand.code(), "displayName",
                "Late", "role", "GUIDE", "scopeType", "STORE", "scopeId", brand.storeId()));
        Reply adjustment = new StockClient(api, manager).adjust(sku, brand.storeId(), 3, "found");
        Reply me = api.get("/api/v1/me", manager);
        assertThat(hire.status()).isEqualTo(403);
        assertThat(hire.header("Content-Type")).startsWith("application/problem+json");
        assertThat(adjustment.status()).isEqualTo(403);
        assertThat(brands.count("staff", brand.tenantId())).isEqualTo(staffBefore);
        assertThat(me.body().get("role").asString()).as("the token acts with the account's role now")
                .isEqualTo("CASHIER");
    }

    @Test
    void a_manager_moved_to_another_store_sees_only_the_new_store_with_the_old_token() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);

        assign(admin, brand.login("manager"), "STORE_MANAGER", brand.otherStoreId());

        assertThat(api.get("/api/v1/stores", manager).body().get("items").findValuesAsString("id"))
                .containsExactly(brand.otherStoreId().toString());
        assertThat(api.get("/api/v1/stores/" + brand.storeId(), manager).status()).isEqualTo(404);
    }

    @Test
    void a_demoted_account_that_refreshes_gets_a_token_of_its_new_role() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String refresh = api.send("POST", "/api/v1/auth/login", null, Map.of("login", brand.login("manager"),
                "password", BrandFixture.PASSWORD), null).body().get("refreshToken").asString();

        assign(admin, brand.login("manager"), "GUIDE", brand.storeId());
        Reply refreshed = api.send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", refresh), null);

        assertThat(refreshed.status()).isEqualTo(200);
        String token = refreshed.body().get("accessToken").asString();
        assertThat(api.get("/api/v1/me", token).body().get("role").asString()).isEqualTo("GUIDE");
        assertThat(api.get("/api/v1/staff", token).status()).isEqualTo(403);
    }

    private String idOf(String admin, String login) {
        // "manager@…" also finds "othermanager@…"
        return api.get("/api/v1/staff?q=" + login, admin).body().get("items").valueStream()
                .filter(s -> s.get("login").asString().equals(login)).findFirst().orElseThrow().get("id").asString();
    }

    private void assign(String admin, String login, String role, UUID storeId) {
        String id = idOf(admin, login);
        int version = api.get("/api/v1/staff/" + id, admin).body().get("version").asInt();
        Reply assigned = api.put("/api/v1/staff/" + id + "/role", admin, Map.of("role", role, "scopeType", "STORE",
                "scopeId", storeId, "version", version));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }
}

package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may see and do what inside one brand: role on the endpoint, scope on the data. */
class StaffAccessTest extends ApiTest {

    @Test
    void a_cashier_reaches_no_admin_endpoint() {
        Brand brand = brands.aBrand();
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        for (String path : new String[] {"/api/v1/stores", "/api/v1/staff", "/api/v1/warehouses",
                "/api/v1/api-clients", "/api/v1/audit-events", "/api/v1/regions"}) {
            assertThat(api.get(path, cashier).status()).as(path).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/me", cashier).status()).isEqualTo(200);
    }

    @Test
    void a_store_manager_sees_only_their_store_and_its_staff() {
        Brand brand = brands.aBrand();
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);

        Reply stores = api.get("/api/v1/stores", manager);
        Reply staff = api.get("/api/v1/staff", manager);

        assertThat(stores.body().get("items").findValuesAsString("id")).containsExactly(brand.storeId().toString());
        assertThat(staff.body().get("items").findValuesAsString("login"))
                .containsExactlyInAnyOrder(brand.login("manager"), brand.login("cashier"), brand.login("guide"));
    }

    @Test
    void a_franchisee_manager_sees_only_the_franchisees_stores() {
        Brand brand = brands.aBrand();
        String franchisee = api.login(brand.login("franchisee"), BrandFixture.PASSWORD);

        Reply stores = api.get("/api/v1/stores", franchisee);

        assertThat(stores.body().get("items").findValuesAsString("id"))
                .containsExactly(brand.otherStoreId().toString());
    }

    @Test
    void a_store_manager_may_hire_a_cashier_for_their_store_but_not_a_manager_or_for_another_store() {
        Brand brand = brands.aBrand();
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        long before = brands.count("staff", brand.tenantId());

        Reply cashier = api.post("/api/v1/staff", manager, hire("new.cashier@" + brand.code(), "CASHIER",
                brand.storeId().toString()));
        Reply boss = api.post("/api/v1/staff", manager, hire("boss@" + brand.code(), "HQ_ADMIN",
                brand.storeId().toString()));
        Reply elsewhere = api.post("/api/v1/staff", manager, hire("far@" + brand.code(), "CASHIER",
                brand.otherStoreId().toString()));

        assertThat(cashier.status()).isEqualTo(201);
        assertThat(cashier.body().get("initialPassword").asString()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(boss.status()).isEqualTo(400);
        assertThat(boss.body().get("errors").get(0).get("field").asString()).isEqualTo("role");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body().get("errors").get(0).get("field").asString()).isEqualTo("scopeId");
        assertThat(brands.count("staff", brand.tenantId())).isEqualTo(before + 1);
        assertThat(api.login("new.cashier@" + brand.code(), cashier.body().get("initialPassword").asString()))
                .isNotBlank();
    }

    @Test
    void a_role_must_fit_its_scope_kind() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);

        Reply reply = api.post("/api/v1/staff", admin, Map.of("login", "rm@" + brand.code(), "displayName", "RM",
                "role", "REGION_MANAGER", "scopeType", "STORE", "scopeId", brand.storeId()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("scopeType");
    }

    @Test
    void staff_without_the_right_to_manage_staff_see_masked_phones() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply created = api.post("/api/v1/staff", admin, Map.of("login", "phone@" + brand.code(), "displayName",
                "Phone", "phone", "13812345678", "role", "GUIDE", "scopeType", "STORE", "scopeId", brand.storeId()));
        assertThat(created.body().get("phone").asString()).isEqualTo("13812345678");
        String finance = api.login(brand.login("finance"), BrandFixture.PASSWORD);

        Reply seenByFinance = api.get("/api/v1/staff/" + created.id(), finance);

        assertThat(seenByFinance.body().get("phone").asString()).isEqualTo("138****5678");
        assertThat(api.post("/api/v1/staff/" + created.id() + "/disable", finance, Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void every_change_is_in_the_audit_log_with_before_and_after() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);

        api.post("/api/v1/stores/" + brand.storeId() + "/close", admin, Map.of("reason", "renovation"));
        Reply audit = api.get("/api/v1/audit-events?entityType=store", admin);

        var event = audit.body().get("items").get(0);
        assertThat(event.get("action").asString()).isEqualTo("store.closed");
        assertThat(event.get("actorName").asString()).isEqualTo("admin of " + brand.code());
        assertThat(event.get("before").get("status").asString()).isEqualTo("OPEN");
        assertThat(event.get("after").get("status").asString()).isEqualTo("CLOSED");
        assertThat(event.get("after").get("closedReason").asString()).isEqualTo("renovation");
    }

    @Test
    void a_closed_store_cannot_be_closed_again() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String close = "/api/v1/stores/" + brand.storeId() + "/close";

        assertThat(api.post(close, admin, Map.of("reason", "end of lease")).status()).isEqualTo(200);
        Reply again = api.post(close, admin, Map.of("reason", "end of lease"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/stores/" + brand.storeId() + "/reopen", admin, Map.of()).status())
                .isEqualTo(200);
    }

    private static Map<String, Object> hire(String login, String role, String storeId) {
        return Map.of("login", login, "displayName", "New " + role, "role", role, "scopeType", "STORE",
                "scopeId", storeId);
    }
}

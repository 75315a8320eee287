package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A role change names the version the admin read, so two admins editing one account cannot overwrite each other. */
class StaffRoleChangeTest extends ApiTest {

    private Brand brand;
    private String admin;
    private String otherAdmin;
    private UUID cashier;

    @BeforeEach
    void twoHqAdminsAndACashier() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply second = api.post("/api/v1/staff", admin, Map.of("login", "admin2@" + brand.code(),
                "displayName", "Second Admin", "role", "HQ_ADMIN", "scopeType", "BRAND",
                "initialPassword", BrandFixture.PASSWORD));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        otherAdmin = api.login("admin2@" + brand.code(), BrandFixture.PASSWORD);
        api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        cashier = UUID.fromString(api.get("/api/v1/staff?q=" + brand.login("cashier"), admin)
                .body().get("items").get(0).get("id").asString());
    }

    @Test
    void a_change_from_the_current_version_is_saved_and_bumps_the_version() {
        long auditBefore = auditEvents();

        Reply reply = assign(admin, "GUIDE", 0);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().get("role").asString()).isEqualTo("GUIDE");
        assertThat(reply.body().get("version").asInt()).isEqualTo(1);
        Reply read = api.get(path(""), admin);
        assertThat(read.body().get("role").asString()).isEqualTo("GUIDE");
        assertThat(read.body().get("version").asInt()).isEqualTo(1);
        assertThat(auditEvents()).isEqualTo(auditBefore + 1);
    }

    @Test
    void a_change_from_a_stale_version_is_a_409_on_version_and_changes_nothing() {
        assertThat(assign(otherAdmin, "GUIDE", 0).status()).isEqualTo(200);
        String rowAfterFirstChange = staffRow();
        long auditBefore = auditEvents();
        long sessionsBefore = openSessions();

        Reply stale = assign(admin, "STORE_MANAGER", 0);

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.body().get("type").asString()).endsWith("/stale-version");
        assertThat(stale.body().get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(api.get(path(""), admin).body().get("role").asString()).isEqualTo("GUIDE");
        assertThat(staffRow()).isEqualTo(rowAfterFirstChange);
        assertThat(auditEvents()).isEqualTo(auditBefore);
        assertThat(openSessions()).isEqualTo(sessionsBefore).isPositive();
    }

    @Test
    void a_change_without_a_version_is_a_400_naming_version() {
        String rowBefore = staffRow();

        Reply reply = api.put(path("/role"), admin, Map.of("role", "GUIDE", "scopeType", "STORE",
                "scopeId", brand.storeId()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body().get("errors").findValuesAsString("field")).containsExactly("version");
        assertThat(staffRow()).isEqualTo(rowBefore);
    }

    private Reply assign(String token, String role, int version) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("role", role, "scopeType", "STORE",
                "scopeId", brand.storeId(), "version", version));
        return api.put(path("/role"), token, body);
    }

    private String path(String rest) {
        return "/api/v1/staff/" + cashier + rest;
    }

    /** Role, scope, status, version and last update of the cashier, straight from the table. */
    private String staffRow() {
        return brands.jdbc().sql("select concat_ws('|', role, scope_type, scope_id, status, version, updated_at)"
                        + " from staff where id = :id")
                .param("id", cashier).query(String.class).single();
    }

    private long auditEvents() {
        return brands.jdbc().sql("select count(*) from audit_event where entity_id = :id")
                .param("id", cashier).query(Long.class).single();
    }

    private long openSessions() {
        return brands.jdbc().sql("select count(*) from refresh_token where staff_id = :id and revoked_at is null")
                .param("id", cashier).query(Long.class).single();
    }
}

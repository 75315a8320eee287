package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInTest extends ApiTest {

    private Reply login(String login, String password) {
        return api.send("POST", "/api/v1/auth/login", null, Map.of("login", login, "password", password), null);
    }

    @Test
    void a_staff_member_signs_in_and_sees_their_role_scope_and_brand() {
        Brand brand = brands.aBrand();

        Reply tokens = login(brand.login("cashier"), BrandFixture.PASSWORD);
        Reply me = api.get("/api/v1/me", tokens.body().get("accessToken").asString());

        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.body().get("expiresIn").asLong()).isBetween(60L, 3600L);
        assertThat(me.body().get("role").asString()).isEqualTo("CASHIER");
        assertThat(me.body().get("scope").get("name").asString()).isEqualTo("Store One " + brand.code());
        assertThat(me.body().get("tenant").get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(me.body().get("permissions").valueStream().map(p -> p.asString()))
                .as("a cashier administers nothing; they read the catalog, prices and stock, hold stock for a sale,"
                        + " sell and take orders, look customers up, see and top up their wallets, and sell at a till")
                .containsExactlyInAnyOrder("catalog:read", "price:read", "stock:read", "stock:reserve",
                        "order:read", "order:write", "customer:read", "fulfillment:read", "fulfillment:write",
                        "wallet:read", "wallet:top-up", "pos:sell");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        Brand brand = brands.aBrand();

        Reply wrongPassword = login(brand.login("admin"), "nope-nope");
        Reply unknownLogin = login("nobody@" + brand.code(), "nope-nope");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownLogin.status()).isEqualTo(401);
        assertThat(wrongPassword.body().get("detail")).isEqualTo(unknownLogin.body().get("detail"));
    }

    @Test
    void repeated_failures_lock_the_account_even_against_the_right_password() {
        Brand brand = brands.aBrand();
        for (int i = 0; i < 5; i++) {
            assertThat(login(brand.login("guide"), "wrong-" + i).status()).isEqualTo(401);
        }

        Reply locked = login(brand.login("guide"), BrandFixture.PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/audit-events?action=staff.locked-out", admin).body().get("items")).hasSize(1);
    }

    @Test
    void a_refresh_token_rotates_and_a_reused_one_revokes_the_whole_family() {
        Brand brand = brands.aBrand();
        Reply first = login(brand.login("manager"), BrandFixture.PASSWORD);
        String original = first.body().get("refreshToken").asString();

        Reply rotated = api.send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", original), null);
        String next = rotated.body().get("refreshToken").asString();
        Reply reuse = api.send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", original), null);
        Reply afterTheft = api.send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", next), null);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(next).isNotEqualTo(original);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(afterTheft.status()).as("the rotated token dies with its family").isEqualTo(401);
    }

    @Test
    void logout_revokes_the_refresh_token() {
        Brand brand = brands.aBrand();
        String refresh = login(brand.login("finance"), BrandFixture.PASSWORD).body().get("refreshToken").asString();

        Reply logout = api.send("POST", "/api/v1/auth/logout", null, Map.of("refreshToken", refresh), null);
        Reply refreshed = api.send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", refresh), null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refreshed.status()).isEqualTo(401);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_refresh_tokens_stop_working() {
        Brand brand = brands.aBrand();
        String refresh = login(brand.login("guide"), BrandFixture.PASSWORD).body().get("refreshToken").asString();
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        String guideId = api.get("/api/v1/staff?role=GUIDE", manager).body().get("items").get(0).get("id").asString();

        assertThat(api.post("/api/v1/staff/" + guideId + "/disable", manager, Map.of()).status()).isEqualTo(200);

        assertThat(login(brand.login("guide"), BrandFixture.PASSWORD).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/auth/refresh", null, Map.of("refreshToken", refresh), null).status())
                .isEqualTo(401);
    }

    @Test
    void a_changed_password_replaces_the_old_one() {
        Brand brand = brands.aBrand();
        String token = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        Reply wrong = api.post("/api/v1/me/password", token, Map.of("currentPassword", "nope-nope",
                "newPassword", "N3w-password"));
        Reply changed = api.post("/api/v1/me/password", token, Map.of("currentPassword", BrandFixture.PASSWORD,
                "newPassword", "N3w-password"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(login(brand.login("cashier"), BrandFixture.PASSWORD).status()).isEqualTo(401);
        assertThat(login(brand.login("cashier"), "N3w-password").status()).isEqualTo(200);
    }
}

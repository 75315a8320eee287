package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import org.junit.jupiter.api.Test;

class AdminConsoleBrowserTest extends BrowserTest {

    @Test
    void an_hq_admin_creates_a_store_and_a_cashier_who_then_cannot_reach_the_admin_screens() {
        Brand brand = brands.aBrand();
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(hook("current-role").getText()).isEqualTo("HQ admin");

        hook("nav-stores").click();
        hook("store-create").click();
        hook("store-dialog");
        type("code", "NEW1");
        type("name", "Nanjing Road Store");
        choose("regionId", "R1-" + brand.code());
        type("address", "Nanjing East Road 100");
        type("latitude", "31.2380");
        type("longitude", "121.4840");
        type("opensAt", "08:00");
        type("closesAt", "22:00");
        hook("store-save").click();
        waitForText("stores-table", "Nanjing Road Store");
        assertThat(brands.count("store", brand.tenantId())).isEqualTo(3);

        hook("nav-staff").click();
        hook("staff-create").click();
        hook("staff-dialog");
        type("login", "cashier.new@" + brand.code());
        type("displayName", "New Cashier");
        choose("role", "CASHIER");
        choose("scopeId", "NEW1");
        hook("staff-save").click();
        String password = hook("secret-value").getText().trim();
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);
        hook("secret-close").click();
        waitForText("staff-table", "cashier.new@" + brand.code());
        signOut();

        signIn("cashier.new@" + brand.code(), password);
        assertThat(hook("current-role").getText()).isEqualTo("Cashier");
        assertThat(hook("current-scope").getText()).contains("Nanjing Road Store");
        assertThat(present("nav-stores")).isFalse();
        assertThat(present("nav-staff")).isFalse();
        driver.get(api.base() + "/#/stores");
        hook("no-access");
        assertThat(present("stores-table")).isFalse();
        driver.get(api.base() + "/#/staff");
        hook("no-access");
    }

    @Test
    void a_store_form_rejected_by_the_server_shows_the_error_under_the_field_and_creates_nothing() {
        Brand brand = brands.aBrand();
        long before = brands.count("store", brand.tenantId());
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        hook("nav-stores").click();
        hook("store-create").click();
        hook("store-dialog");
        type("code", "S1-" + brand.code());
        type("name", "Duplicate");
        choose("regionId", "R1-" + brand.code());
        type("address", "Somewhere 2");
        type("latitude", "31.2");
        type("longitude", "121.4");
        type("opensAt", "08:00");
        type("closesAt", "22:00");
        hook("store-save").click();

        assertThat(fieldError("code")).contains("already uses code");
        assertThat(brands.count("store", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void a_wrong_password_shows_the_servers_message() {
        Brand brand = brands.aBrand();

        hook("login-input").sendKeys(brand.login("admin"));
        hook("password-input").sendKeys("not-my-password");
        hook("login-submit").click();

        waitForText("login-error", "Wrong login or password");
    }
}

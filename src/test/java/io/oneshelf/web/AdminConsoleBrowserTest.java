package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
    void a_role_change_after_another_admins_is_refused_until_the_admin_reloads_the_latest() {
        Brand brand = brands.aBrand();
        String cashier = brand.login("cashier");
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        hook("nav-staff").click();
        waitForText("staff-table", cashier);
        String admin = brand.login("admin");
        assertThat(inRow(admin, "staff-self").getText()).isEqualTo("You (ask another admin)");
        assertThat(driver.findElements(By.xpath(rowPath(admin) + "//*[@data-test='staff-disable']"))).isEmpty();
        inRow(cashier, "staff-edit-role").click();
        hook("staff-role-dialog");

        assertThat(otherAdminMakesAGuide(brand, cashier).status()).isEqualTo(200);
        choose("role", "STORE_MANAGER");
        hook("staff-role-save").click();

        assertThat(hook("conflict").getText()).contains("Someone else changed the role or scope of cashier of")
                .contains("Reload the latest");
        assertThat(roleAndVersion(brand, cashier)).isEqualTo("GUIDE 1");
        click("reload-latest");
        wait.until(d -> !present("conflict"));
        waitForText("field-role", "Sales guide");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row(cashier), "Sales guide"));

        choose("role", "STORE_MANAGER");
        hook("staff-role-save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row(cashier), "Store manager"));
        assertThat(roleAndVersion(brand, cashier)).isEqualTo("STORE_MANAGER 2");
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
    void in_the_chinese_console_a_server_field_error_appears_in_chinese_under_the_field() {
        Brand brand = brands.aBrand();
        inChinese();
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        hook("nav-stores").click();
        hook("store-create").click();
        hook("store-dialog");
        type("code", "S1-" + brand.code());
        type("name", "重复的门店");
        choose("regionId", "R1-" + brand.code());
        type("address", "某处 2 号");
        type("latitude", "31.2");
        type("longitude", "121.4");
        type("opensAt", "08:00");
        type("closesAt", "22:00");
        hook("store-save").click();

        assertThat(fieldError("code")).isEqualTo("编码 S1-" + brand.code() + " 已被另一家门店使用");
    }

    @Test
    void in_the_chinese_console_a_wrong_password_shows_the_servers_chinese_message() {
        Brand brand = brands.aBrand();
        inChinese();

        hook("login-input").sendKeys(brand.login("admin"));
        hook("password-input").sendKeys("not-my-password");
        hook("login-submit").click();

        waitForText("login-error", "登录名或密码错误");
    }

    /** The console as a Chinese user has it: every request carries Accept-Language: zh-CN. */
    private void inChinese() {
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN');");
        driver.navigate().refresh();
    }

    @Test
    void a_wrong_password_shows_the_servers_message() {
        Brand brand = brands.aBrand();

        hook("login-input").sendKeys(brand.login("admin"));
        hook("password-input").sendKeys("not-my-password");
        hook("login-submit").click();

        waitForText("login-error", "Wrong login or password");
    }

    @Test
    void an_hq_admin_changes_the_brands_default_language_on_a_tablet_and_on_a_phone_and_finance_only_reads_it() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        hook("nav-org").click();
        waitForText("brand-code", brand.code());
        waitForText("field-defaultLanguage", "简体中文");
        try {
            driver.manage().window().setSize(new Dimension(1024, 900));
            assertThat(fitsTheWindow("brand-settings")).isTrue();
            choose("defaultLanguage", "en");
            saveTheLanguage();
            wait.until(d -> "en".equals(defaultLanguage(admin)));
            waitForText("field-defaultLanguage", "English");

            driver.manage().window().setSize(new Dimension(390, 844));
            wait.until(d -> fitsTheWindow("brand-settings") && fitsTheWindow("brand-language-save"));
            choose("defaultLanguage", "zh-CN");
            saveTheLanguage();
            wait.until(d -> "zh-CN".equals(defaultLanguage(admin)));
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
        signOut();

        signIn(brand.login("finance"), BrandFixture.PASSWORD);
        hook("nav-org").click();
        waitForText("brand-defaultLanguage", "简体中文");
        assertThat(present("field-defaultLanguage")).isFalse();
        assertThat(present("brand-language-save")).isFalse();
    }

    /** The save button is enabled once another language is chosen; a click before that would do nothing. */
    private void saveTheLanguage() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test='brand-language-save']")))
                .click();
    }

    private String defaultLanguage(String token) {
        return api.get("/api/v1/brand", token).body().get("defaultLanguage").asString();
    }

    /** Whether the hook lies wholly within the window's width (nothing cut off or reached by scrolling sideways). */
    /** A second HQ admin, in their own session, makes the account a sales guide from version 0. */
    private Reply otherAdminMakesAGuide(Brand brand, String login) {
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        api.post("/api/v1/staff", admin, Map.of("login", "admin2@" + brand.code(), "displayName", "Second Admin",
                "role", "HQ_ADMIN", "scopeType", "BRAND", "initialPassword", BrandFixture.PASSWORD));
        String other = api.login("admin2@" + brand.code(), BrandFixture.PASSWORD);
        String id = api.get("/api/v1/staff?q=" + login, other).body().get("items").get(0).get("id").asString();
        return api.put("/api/v1/staff/" + id + "/role", other, Map.of("role", "GUIDE", "scopeType", "STORE",
                "scopeId", brand.storeId(), "version", 0));
    }

    private String roleAndVersion(Brand brand, String login) {
        return brands.jdbc().sql("select role || ' ' || version from staff where tenant_id = :t and login = :login")
                .param("t", brand.tenantId()).param("login", login).query(String.class).single();
    }

    /** The staff table's row that shows this text (a login). */
    private static By row(String text) {
        return By.xpath(rowPath(text));
    }

    private WebElement inRow(String text, String hookName) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath(rowPath(text) + "//*[@data-test='" + hookName + "']")));
    }

    private static String rowPath(String text) {
        return "//*[@data-test='staff-table']//tr[contains(., '" + text + "')]";
    }
}

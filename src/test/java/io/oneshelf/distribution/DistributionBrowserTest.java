package io.oneshelf.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.distribution.commission.Settling;
import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Distribution in the browser: on a phone (in Chinese) a member applies in the distributor centre, staff approve them
 * on a tablet (in English), the distributor shares their link and a new customer opens it, buys a teapot and pays on
 * the sandbox's page; once the return window is over (moved back in SQL, the settling job run directly) the centre
 * shows the commission available, a returned second referred sale claws its commission back, and a withdrawal is
 * requested in the centre, approved in the console and paid by the sandbox's transfer, the ledgers reconciling.
 */
class DistributionBrowserTest extends ShopBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    @Autowired
    Settling settling;

    private SocialFixture shop;

    @Test
    void a_referred_order_pays_commission_after_the_return_window_a_return_claws_it_back_and_it_is_withdrawn() {
        shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        Reply level = api.put("/api/v1/distribution/levels", shop.admin(), Map.of("level", 1, "name", "铜牌",
                "firstBp", 1000, "secondBp", 300));
        assertThat(level.status()).as(level.toString()).isEqualTo(200);
        String distributorPhone = Shoppers.aPhone();

        // a member applies in the centre: a code of nobody is refused under its field, then without one
        shopInChinese("/distribution");
        signInWithCode(distributorPhone);
        input("dist-inviter").sendKeys("NOSUCH99");
        input("dist-payee").sendKeys("o-distributor");
        click("dist-apply");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                inside("dist-inviter", ".van-field__error-message"))).getText()).isNotBlank();
        input("dist-inviter").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        click("dist-apply");
        waitForText("dist-pending", "审核");

        // staff approve them on a tablet, in English, knowing them by their masked phone
        console();
        navigate("nav-distributors");
        String masked = distributorPhone.substring(0, 3) + "****" + distributorPhone.substring(7);
        waitForText("distributor-name", masked);
        click("distributor-approved");
        waitForText("distributor-status", "Approved");
        assertThat(hook("distributor-level").getText()).isEqualTo("铜牌");

        // the distributor's centre: code, link and the brand's rule
        shopInChinese("/distribution");
        String code = hook("dist-code").findElement(By.cssSelector(".van-cell__value")).getText();
        assertThat(code).matches("[A-Z2-9]{8}");
        waitForText("dist-rule", "首次推荐人锁定客户");
        String link = hook("dist-link").findElement(By.cssSelector(".van-cell__label")).getText();
        assertThat(link).endsWith("?ref=" + code);
        for (String part : List.of("dist-code", "dist-link", "dist-rule", "dist-withdraw")) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        // the poster: the link as a QR code with the code, fitting the phone
        click("dist-poster");
        wait.until(d -> !hook("dist-poster-qr").findElements(By.cssSelector("svg")).isEmpty());
        assertThat(hook("dist-poster-code").getText()).isEqualTo(code);
        assertThat(fitsTheWindow("dist-poster-qr")).isTrue();
        driver.navigate().refresh();

        // a new customer opens the shared link, signs in, buys a teapot for pickup and pays
        String distributorsShop = storage();
        freshShop(link);
        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/products/" + product());
        click("buy-now");
        signInWithCode(Shoppers.aPhone());
        click("buy-now");
        wait.until(ExpectedConditions.elementToBeClickable(inside("to-checkout", "button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@data-test='pickup-store'][contains(., "
                + "'Store One " + shop.brand().code() + "')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        hook("order-status");
        payOnTheSandboxPage();
        String distributor = distributorId();
        Eventually.until("the referred order's commission", PATIENCE, () -> ledger(distributor),
                rows -> rows.size() == 1 && rows.get(0).get("pending").asLong() == 1280);

        // a second referred customer buys one at the till; both windows close, the job makes them available
        Shopper second = shop.aShopper();
        assertThat(api.post(second.path("/me/referrer"), second.accessToken(), Map.of("code", code)).status())
                .isEqualTo(200);
        Reply sale = api.post("/api/v1/orders", shop.admin(), Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", shop.brand().storeId(), "customerId", second.customerId(),
                "lines", List.of(Map.of("skuId", shop.teapot(), "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", SocialFixture.LIST,
                        "cashTendered", SocialFixture.LIST))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Eventually.until("both orders' commission", PATIENCE, () -> ledger(distributor), rows -> rows.size() == 2);
        brands.jdbc().sql("update distribution_commission set settles_at = now() - interval '1 minute'"
                          + " where tenant_id = :t and kind = 'EARNED'").param("t", shop.brand().tenantId()).update();
        assertThat(settling.settleDue(OffsetDateTime.now())).isPositive();

        restore(distributorsShop);
        shopInChinese("/distribution");
        waitForText("dist-available", "¥25.60");
        waitForText("dist-pending-amount", "¥0.00");

        // the second sale is returned: its commission, available already, is clawed back
        Reply back = api.post("/api/v1/orders/" + sale.id() + "/returns", shop.admin(), Map.of("placeId",
                shop.brand().storeId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        Eventually.until("the claw-back", PATIENCE, () -> ledger(distributor),
                rows -> rows.findValuesAsString("kind").contains("CLAWED_BACK"));
        driver.navigate().refresh();
        waitForText("dist-available", "¥12.80");
        wait.until(d -> entries().stream()
                .anyMatch(e -> e.getText().contains("追回") && e.getText().contains("-¥12.80")));

        // the distributor withdraws what is available
        click("dist-withdraw");
        waitForText("dist-requested", "¥12.80");
        waitForText("dist-available", "¥0.00");
        waitForText("dist-withdrawal", "审核中");

        // staff approve and the sandbox transfers it; the ledgers reconcile
        console();
        navigate("nav-withdrawals");
        waitForText("withdrawal-distributor", masked);
        waitForText("withdrawal-amount", "12.80");
        click("withdrawal-approve");
        waitForText("withdrawal-status", "Paid");
        waitForText("distribution-check", "Ledgers reconcile");
        Reply check = api.get("/api/v1/distribution/check", shop.admin());
        assertThat(check.body().get("differences")).as(check.toString()).isEmpty();
        assertThat(check.body().get("paidOut").asLong()).isEqualTo(1280);

        shopInChinese("/distribution");
        waitForText("dist-withdrawn", "¥12.80");
        waitForText("dist-withdrawal", "已到账");
        assertThat(fitsTheWindow("dist-withdrawal")).isTrue();
    }

    @Test
    void staff_set_the_binding_rule_and_a_level_on_a_phone_with_refusals_under_their_fields() {
        shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        windowOf(PHONE);
        signIn(shop.brand().login("admin"), BrandFixture.PASSWORD);
        navigate("nav-distribution-settings");
        hook("option-bindingRule-LAST_TOUCH").click();
        type("bindingDays", "30");
        type("protectionDays", "45");
        click("distribution-settings-save");
        assertThat(fieldError("protectionDays")).contains("longer than a binding lasts");
        type("protectionDays", "3");
        type("minWithdrawal", "10");
        click("distribution-settings-save");
        wait.until(d -> brands.jdbc().sql("select count(*) from distribution_settings where tenant_id = :t"
                + " and binding_rule = 'LAST_TOUCH' and protection_days = 3 and min_withdrawal = 1000")
                .param("t", shop.brand().tenantId()).query(Integer.class).single() == 1);
        assertThat(fitsTheWindow("distribution-settings-save")).isTrue();

        click("level-add");
        type("name", "Silver");
        type("firstBp", "60");
        type("secondBp", "2.5");
        click("level-save");
        assertThat(fieldError("firstBp")).isEqualTo("A percentage from 0 to 50");
        type("firstBp", "12.5");
        click("level-save");
        waitForText("level-name", "Silver");
        JsonNode levels = api.get("/api/v1/distribution/levels", shop.admin()).body();
        assertThat(levels.get(0).get("firstBp").asInt()).isEqualTo(1250);
        assertThat(levels.get(0).get("secondBp").asInt()).isEqualTo(250);
    }

    private String product() {
        return brands.jdbc().sql("select spu_id from sku where id = :s").param("s", shop.teapot())
                .query(UUID.class).single().toString();
    }

    private String distributorId() {
        return api.get("/api/v1/distributors?status=APPROVED", shop.admin()).body().get("items").get(0).get("id")
                .asString();
    }

    private JsonNode ledger(String distributorId) {
        return api.get("/api/v1/distribution/commissions?distributorId=" + distributorId, shop.admin()).body()
                .get("items");
    }

    private List<WebElement> entries() {
        return driver.findElements(By.cssSelector("[data-test='dist-entry']"));
    }

    /** The shop on a phone, in Chinese, at {@code path} of the brand (whoever is signed in to it stays so). */
    private void shopInChinese(String path) {
        windowOf(PHONE);
        driver.get(api.base() + "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + path);
    }

    /** What the browser keeps for the site (the shop's sign-in among it), to be restored. */
    private String storage() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return JSON.stringify(Object.assign({}, localStorage))");
    }

    /** Puts back what {@link #storage()} kept: whoever was signed in to the shop then is again. */
    private void restore(String kept) {
        ((JavascriptExecutor) driver).executeScript("const s = JSON.parse(arguments[0]); localStorage.clear();"
                + " sessionStorage.clear(); for (const k in s) localStorage.setItem(k, s[k]);", kept);
    }

    /** The shop on a phone, in Chinese, nobody signed in, opened at {@code url}. */
    private void freshShop(String url) {
        windowOf(PHONE);
        driver.get(api.base() + "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();"
                                                    + " localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.get(url);
    }

    /** The console on a tablet, in English, the brand's admin signed in. */
    private void console() {
        windowOf(TABLET);
        driver.get(api.base() + "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'en')");
        driver.get(api.base() + "/#/login");
        driver.navigate().refresh();
        wait.until(d -> present("login-input") || present("logout"));
        if (!present("logout")) {
            signIn(shop.brand().login("admin"), BrandFixture.PASSWORD);
        }
    }
}

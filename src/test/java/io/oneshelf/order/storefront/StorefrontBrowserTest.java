package io.oneshelf.order.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The storefront (shop.html) on a phone: a customer signs in with a code, buys a tea online for pickup at a store,
 * pays on the sandbox gateway's pay page and sees the order paid with its pickup code; the store's cashier verifies
 * the code in the console, and the customer sees the order completed, also on a tablet.
 */
class StorefrontBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_customer_buys_online_for_pickup_pays_in_the_sandbox_and_the_store_hands_it_over() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String brand = shop.brand().code();
        String phone = Shoppers.aPhone();
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + brand + "/products/" + shop.product());
        waitForText("product-name", shop.productName());
        waitForText("sku-price", "¥14.00");
        waitForText("nearby-store", "Store One " + brand);
        assertThat(fitsTheWindow("buy-now")).isTrue();
        click("buy-now");

        // not signed in yet: the sign-in screen, then back to the product
        signInByPhone(phone, shop.productName());
        click("buy-now");

        waitForText("cart-line", shop.productName());
        assertThat(fitsTheWindow("cart-line")).isTrue();
        wait.until(ExpectedConditions.elementToBeClickable(inside("to-checkout", "button"))).click();

        WebElement storeOne = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@data-test='pickup-store'][contains(., 'Store One " + brand + "')]")));
        storeOne.click();
        waitForText("quote", "¥14.00");
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();

        waitForText("order-status", "Unpaid");
        String order = wait.until(d -> d.getCurrentUrl().matches(".*/orders/[0-9a-f-]{36}$") ? d.getCurrentUrl()
                : null).replaceAll(".*/orders/", "");
        assertThat(fitsTheWindow("pay")).isTrue();
        payOnTheSandboxPage();

        // paid, and the store takes it on at once
        wait.until(d -> hook("pickup-code").getText().matches("[0-9]{6}"));
        assertThat(hook("order-status").getText()).isIn("Paid", "Being prepared", "Ready for pickup");
        String admin = api.login(shop.brand().login("admin"), BrandFixture.PASSWORD);
        String pickupCode = api.get("/api/v1/pickups/" + order, admin).body().get("code").asString();
        assertThat(hook("pickup-code").getText()).isEqualTo(pickupCode);
        hook("pickup-qr");
        assertThat(fitsTheWindow("pickup")).isTrue();

        // the cashier of store one hands it over
        driver.get(api.base() + "/#/login");
        signIn(shop.brand().login("cashier"), BrandFixture.PASSWORD);
        navigate("nav-pickup-verify");
        hook("pickup-code").sendKeys(pickupCode, Keys.ENTER);
        hook("pickup-order");
        click("pickup-verify");
        hook("pickup-verified");

        driver.get(api.base() + "/shop.html#/" + brand + "/orders/" + order);
        waitForText("order-status", "Completed");
        waitForText("pickup", "Collected");
        windowOf(TABLET);
        driver.navigate().refresh();
        waitForText("order-status", "Completed");
        assertThat(fitsTheWindow("order-status")).isTrue();
        assertThat(fitsTheWindow("pickup")).isTrue();
    }

    @Test
    void a_member_pays_part_of_the_order_with_points_refused_beyond_the_cap_and_the_rest_in_the_sandbox() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String brand = shop.brand().code();
        String[] member = aMemberWith1500Points(shop);
        windowOf(PHONE);
        driver.get(api.base() + "/shop.html#/" + brand + "/products/" + shop.product());
        waitForText("product-name", shop.productName());
        click("buy-now");
        signInByPhone(member[0], shop.productName());
        click("buy-now");
        waitForText("cart-line", shop.productName());
        wait.until(ExpectedConditions.elementToBeClickable(inside("to-checkout", "button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@data-test='pickup-store'][contains(., 'Store One " + brand + "')]"))).click();
        waitForText("quote", "¥14.00");
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("order-status", "Unpaid");

        // points pay at most half of ¥14.00: 800 points (¥8.00) are refused under the field, nothing taken
        waitForText("points-worth", "1500 points, worth ¥15.00");
        input("points-to-use").sendKeys("800");
        waitForText("points-worth", "800 points pay ¥8.00");
        click("pay-with-points");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='points-to-use'] .van-field__error-message")));
        assertThat(error.getText()).contains("50%").contains("¥7.00");
        assertThat(fitsTheWindow("points-pay")).isTrue();

        // select and type over: clearing the input is not heard by the page
        input("points-to-use").sendKeys(Keys.chord(Keys.CONTROL, "a"), "500");
        waitForText("points-worth", "500 points pay ¥5.00");
        click("pay-with-points");
        waitForText("pay", "¥9.00");
        payOnTheSandboxPage();
        wait.until(d -> hook("pickup-code").getText().matches("[0-9]{6}"));
        String points = api.get("/api/v1/customers/" + member[1] + "/points", shop.admin()).raw();
        assertThat(points).contains("\"REDEEM\"").contains("\"amount\":500");
    }

    /**
     * A customer who bought a tea (¥15.00) at the till where a yuan earns 100 points: 1,500 points; their phone and
     * id.
     */
    private String[] aMemberWith1500Points(StorefrontFixture shop) {
        String admin = shop.admin();
        assertThat(api.put("/api/v1/loyalty/points-rules", admin, Map.of("earnPerYuan", 100, "redeemPerYuan", 100,
                "maxRedeemPercent", 50, "expiryMonths", 0, "categoryRates", List.of(), "version", 0)).status())
                .isEqualTo(200);
        String phone = Shoppers.aPhone();
        Reply registered = api.post("/api/v1/customers", admin, Map.of("phone", phone));
        assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", shop.brand().storeId(), "customerId", registered.id(),
                "lines", List.of(Map.of("skuId", shop.tea(), "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500, "cashTendered", 1500))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Eventually.until("the member's points", Duration.ofSeconds(30),
                () -> api.get("/api/v1/customers/" + registered.id() + "/points", admin).body(),
                p -> p.get("balance").asLong() == 1500);
        return new String[] {phone, registered.id()};
    }

    @Test
    void the_shop_speaks_chinese_and_refuses_a_wrong_code_next_to_the_field() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        windowOf(PHONE);
        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/me");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.navigate().refresh();
        click("go-sign-in");
        input("phone").sendKeys(Shoppers.aPhone());
        click("send-code");
        input("code").sendKeys("000000");
        click("sign-in");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='code'] .van-field__error-message")));
        assertThat(error.getText()).isNotBlank();
        waitForText("sign-in", "登录");
        assertThat(fitsTheWindow("sign-in")).isTrue();
    }
}

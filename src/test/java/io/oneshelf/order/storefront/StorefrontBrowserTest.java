package io.oneshelf.order.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
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

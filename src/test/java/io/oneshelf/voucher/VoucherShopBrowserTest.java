package io.oneshelf.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Service vouchers end to end: a customer buys a five-use card in the shop on a phone and finds it in My vouchers;
 * the store manager redeems two uses and refunds the rest in the console; the customer sees it refunded, also in
 * Chinese. And the brand's admin sells a SKU as a voucher on the plans screen.
 */
class VoucherShopBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_customer_buys_a_voucher_online_the_store_redeems_two_uses_and_refunds_the_rest() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String brand = shop.brand().code();
        Reply plan = api.put("/api/v1/voucher-plans/" + shop.tea(), shop.admin(), Map.of("uses", 5,
                "validDays", 30, "version", 0));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        String phone = Shoppers.aPhone();
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + brand + "/products/" + shop.product());
        waitForText("product-name", shop.productName());
        click("buy-now");
        signInByPhone(phone, shop.productName());
        click("buy-now");
        waitForText("cart-line", shop.productName());
        wait.until(ExpectedConditions.elementToBeClickable(inside("to-checkout", "button"))).click();

        // a card sells only as a voucher: checkout turns to it by itself and asks where it is used
        hook("voucher-hint");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@data-test='pickup-store'][contains(., 'Store One " + brand + "')]"))).click();
        waitForText("quote", "¥14.00");
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("order-status", "Unpaid");
        payOnTheSandboxPage();
        waitForText("order-status", "Completed");
        assertThat(fitsTheWindow("see-vouchers")).isTrue();
        click("see-vouchers");

        waitForText("voucher-left", "5 of 5 uses left");
        waitForText("voucher-status", "Usable");
        hook("voucher-qr");
        String voucherCode = hook("voucher").getAttribute("data-code");
        assertThat(voucherCode).matches("\\d{12}");
        assertThat(hook("voucher-code").getText().replace(" ", "")).isEqualTo(voucherCode);
        for (String part : new String[] {"voucher", "voucher-code", "voucher-qr", "voucher-left"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }

        // the store manager redeems two and refunds the other three (3/5 of ¥14.00)
        driver.get(api.base() + "/#/login");
        windowOf(TABLET);
        signIn(shop.brand().login("manager"), BrandFixture.PASSWORD);
        navigate("nav-voucher-redeem");
        hook("voucher-code").sendKeys(voucherCode, Keys.ENTER);
        waitForText("voucher-remaining", "5");
        type("uses", "2");
        click("voucher-redeem");
        waitForText("voucher-remaining", "3");
        waitForText("voucher-refund", "¥8.40");
        click("voucher-refund");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".el-message-box__btns .el-button--primary")))
                .click();
        waitForText("voucher-status", "Refunded");
        waitForText("voucher-refund-amount", "¥8.40");
        assertThat(driver.findElements(By.cssSelector("[data-test='voucher-use']"))).hasSize(2);
        assertThat(present("voucher-redeem")).isFalse();

        // the customer sees it refunded, in English and in Chinese
        windowOf(PHONE);
        driver.get(api.base() + "/shop.html#/" + brand + "/me");
        click("my-vouchers");
        waitForText("voucher-status", "Refunded");
        waitForText("voucher-left", "0 of 5 uses left");
        waitForText("voucher-refunded", "¥8.40");
        assertThat(present("voucher-qr")).isFalse();
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.navigate().refresh();
        waitForText("voucher-status", "已退款");
        waitForText("voucher-left", "剩余 0 次，共 5 次");
        assertThat(fitsTheWindow("voucher")).isTrue();
    }

    @Test
    void the_admin_sells_a_sku_as_a_voucher_on_the_plans_screen_with_errors_next_to_the_fields() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String skuCode = api.get("/api/v1/skus/" + shop.tea(), shop.admin()).body().get("code").asString();
        windowOf(PHONE);
        driver.get(api.base() + "/#/login");
        click("lang-zh-CN");
        signIn(shop.brand().login("admin"), BrandFixture.PASSWORD);
        navigate("nav-voucher-plans");
        hook("voucher-plans-table");
        click("voucher-plan-create");
        hook("field-skuId").click();
        hook("field-skuId").findElement(By.cssSelector("input")).sendKeys(skuCode);
        hook("option-skuId-" + skuCode).click();
        type("uses", "0");
        type("validDays", "30");
        click("voucher-plan-save");
        assertThat(fieldError("uses")).contains("1 到 1000");
        type("uses", "10");
        click("voucher-plan-save");
        waitForText("voucher-plan-uses", "10 次");
        waitForText("voucher-plan-product", shop.productName());
        assertThat(fitsTheWindow("voucher-plans-table")).isTrue();

        // someone else changes it meanwhile: the change made on the old version says so and reloads the latest
        Reply other = api.put("/api/v1/voucher-plans/" + shop.tea(), shop.admin(), Map.of("uses", 6,
                "validDays", 60, "version", 1));
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        click("voucher-plan-edit");
        type("uses", "12");
        click("voucher-plan-save");
        click("reload-latest");
        wait.until(d -> "6".equals(hook("field-uses").getDomProperty("value")));
        type("uses", "12");
        click("voucher-plan-save");
        waitForText("voucher-plan-uses", "12 次");
        waitForText("voucher-plan-days", "60 天");
    }
}

package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.web.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The guide's phone workbench (390 px, zh-CN): signed in, the guide sees the customer bound by their link and
 * orders for them (代客下单) from the customer's card, which opens the order page on that customer (whose phone
 * a guide sees masked, so the card passes the customer's id).
 */
class WorkbenchBrowserTest extends BrowserTest {

    @Test
    void a_guide_sees_their_customer_on_the_phone_and_orders_for_them_from_the_card() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String guide = GuideObjects.staffId(api, admin, brand.login("guide"));
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply followed = api.post(shopper.path("/me/guide"), shopper.accessToken(), Map.of("code", guide));
        assertThat(followed.status()).as(followed.toString()).isEqualTo(200);

        windowOf(PHONE);
        driver.get(api.base() + "/guide.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN');");
        driver.navigate().refresh();
        field("login-input").sendKeys(brand.login("guide"));
        field("password-input").sendKeys(BrandFixture.PASSWORD);
        click("login-submit");

        String masked = shopper.phone().substring(0, 3) + "****" + shopper.phone().substring(7);
        waitForText("workbench-customer", masked);
        assertThat(hook("workbench-tabs").getText()).contains("我的会员");
        assertThat(fitsTheWindow("workbench-customer")).isTrue();
        click("workbench-order-for");

        wait.until(ExpectedConditions.urlContains("/guide/orders"));
        waitForText("guide-customer-phone", masked);
        assertThat(hook("guide-customer").getAttribute("data-customer")).isEqualTo(shopper.customerId().toString());
        assertThat(fitsTheWindow("guide-order-page")).isTrue();
    }

    /** A Vant field's input (the hook names the field's wrapper). */
    private org.openqa.selenium.WebElement field(String name) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-test='" + name + "'] input")));
    }
}

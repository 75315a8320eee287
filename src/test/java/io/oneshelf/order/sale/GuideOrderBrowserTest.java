package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.Tender;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guide orders for a customer on their phone (390 px): finds the customer by mobile number, builds the cart, places
 * the order and shows its pay link as a QR code; the customer pays it on the sandbox's pay page, and the guide's list
 * of recent orders shows it paid (also at 1024 px).
 */
class GuideOrderBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Autowired
    Orders orders;

    @Test
    void a_guide_places_an_order_on_a_phone_that_the_customer_pays_by_the_link() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = skus.aPricedSku(brand, 1500);
        String code = api.get("/api/v1/skus/" + tea, admin).body().get("code").asString();
        assertThat(new StockClient(api, admin).receive(tea, brand.storeId(), 10).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                java.util.Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
        String phone = Shoppers.aPhone();
        windowOf(PHONE);
        signIn(brand.login("guide"), BrandFixture.PASSWORD);

        navigate("nav-guide-orders");
        hook("field-phone").sendKeys(phone, Keys.ENTER);
        waitForText("guide-customer-phone", phone.substring(0, 3) + "****" + phone.substring(7));
        hook("guide-customer-new");
        assertThat(fitsTheWindow("guide-customer")).isTrue();

        hook("guide-sku-search").sendKeys(code, Keys.ENTER);
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test='guide-sku-result'][data-code='" + code + "'] [data-test='guide-sku-add']")));
        result.click();
        WebElement line = hook("guide-cart-line");
        waitForText("guide-total", "¥15.00");
        line.findElement(By.cssSelector(".el-input-number__increase")).click();
        waitForText("guide-total", "¥30.00");
        waitForText("guide-line-amount", "¥30.00");
        assertThat(fitsTheWindow(line)).isTrue();
        hook("guide-store");

        click("guide-place");
        WebElement qr = hook("guide-pay-qr");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", qr))
                .intValue() > 0);
        assertThat(fitsTheWindow("guide-pay")).isTrue();
        waitForText("guide-pay-total", "¥30.00");
        String url = hook("guide-pay-link").getDomProperty("value");
        String number = hook("guide-pay-number").getText();
        UUID order = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        assertThat(url).isEqualTo(api.base() + "/shop.html#/" + brand.code() + "/orders/" + order);
        WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test='guide-recent-order'][data-order='" + order + "']")));
        assertThat(mine.getDomAttribute("data-state")).isEqualTo("awaiting");
        assertThat(mine.getDomAttribute("data-number")).isEqualTo(number);

        // the customer signs in to the shop with the number the guide took, and pays on the sandbox's page
        Shoppers.Shopper customer = Shoppers.signIn(api, brand.code(), phone);
        Payment payment = orders.pay(new PayOrder(brand.tenantId(), order, null, customer.customerId(),
                Tender.WECHAT_PAY, null, null, null, UUID.randomUUID().toString()));
        driver.get(payment.payUrl() + "?lang=en");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form button[type='submit']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state.ok")));

        driver.get(api.base() + "/#/guide/orders");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test='guide-recent-order'][data-order='" + order + "'][data-state='paid']")));
        assertThat(fitsTheWindow("guide-recent")).isTrue();
        assertThat(api.get("/api/v1/orders/" + order, admin).body().get("paid").asLong()).isEqualTo(3000);

        windowOf(TABLET);
        hook("guide-customer-section");
        assertThat(fitsTheWindow("guide-recent")).isTrue();
        assertThat(fitsTheWindow("guide-customer-section")).isTrue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test='guide-recent-order'][data-order='" + order + "'][data-state='paid']")));
    }

    @Test
    void a_phone_that_is_not_a_mobile_number_is_refused_beside_the_field() {
        Brand brand = brands.aBrand();
        windowOf(PHONE);
        signIn(brand.login("guide"), BrandFixture.PASSWORD);

        navigate("nav-guide-orders");
        hook("field-phone").sendKeys("12345", Keys.ENTER);

        assertThat(fieldError("phone")).contains("mobile number");
        assertThat(present("guide-customer")).isFalse();
        assertThat(brands.count("customer", brand.tenantId())).isZero();
    }
}

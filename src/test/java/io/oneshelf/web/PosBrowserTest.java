package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser test of the store counter (pos.html): a till made through the API, a cashier signed in at it with a
 * shift open, and the counter's keys (a scan is the code and Enter typed into the code input).
 */
public abstract class PosBrowserTest extends BrowserTest {

    @Autowired
    protected SkuFixture skus;

    /** A SKU at {@code fen} with {@code quantity} in stock at the brand's first store; its code is what is scanned. */
    protected UUID aSkuInStock(Brand brand, String admin, long fen, long quantity) {
        UUID sku = skus.aPricedSku(brand, fen);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", quantity)).status()).isEqualTo(201);
        return sku;
    }

    protected String codeOf(UUID sku, String admin) {
        return api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
    }

    /** A till of the brand's first store, made by the HQ admin. */
    protected UUID aTill(Brand brand, String admin, String code) {
        Reply till = api.post("/api/v1/pos/tills", admin, Map.of("storeId", brand.storeId(), "code", code,
                "name", "Till " + code));
        assertThat(till.status()).as(till.toString()).isEqualTo(201);
        return UUID.fromString(till.id());
    }

    /** Opens pos.html on a device that has no counter data yet, signs the cashier in and opens a shift. */
    protected void openAShift(Brand brand, String tillCode, String floatYuan) {
        ((JavascriptExecutor) driver).executeScript("indexedDB.deleteDatabase('oneshelf-pos');");
        driver.get(api.base() + "/pos.html#/sign-in");
        hook("login-input").sendKeys(brand.login("cashier"));
        hook("password-input").sendKeys(BrandFixture.PASSWORD, Keys.ENTER);
        click("till-" + tillCode);
        keys("field-float", floatYuan, Keys.ENTER);
        hook("sell-code");
    }

    /** A scan: the scanner types the code and Enter into the code input, which holds the focus. */
    protected void scan(String code) {
        driver.switchTo().activeElement().sendKeys(code, Keys.ENTER);
    }

    /** Presses a function key wherever the focus is. */
    protected void press(CharSequence key) {
        driver.switchTo().activeElement().sendKeys(key);
    }

    protected void waitForValue(String hookName, String value) {
        wait.until(ExpectedConditions.domPropertyToBe(hook(hookName), "value", value));
    }

    /** Replaces what an input holds. */
    protected void retype(String hookName, String text) {
        WebElement input = hook(hookName);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    protected By inside(String hookName, String css) {
        return By.cssSelector("[data-test='" + hookName + "'] " + css);
    }
}

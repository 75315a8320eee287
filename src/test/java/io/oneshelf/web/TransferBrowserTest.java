package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class TransferBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void stock_moves_from_a_store_to_the_warehouse_and_a_short_delivery_is_shown_as_a_discrepancy() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String skuCode = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 10)).status()).isEqualTo(201);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        hook("nav-stock-transfers").click();
        hook("transfer-create").click();
        hook("transfer-dialog");
        choose("fromPlaceId", "S1-" + brand.code());
        choose("toPlaceId", "W-" + brand.code());
        WebElement picker = hook("transfer-line-0").findElement(By.cssSelector("[data-test='field-skuId']"));
        picker.click();
        picker.findElement(By.cssSelector("input")).sendKeys(skuCode);
        hook("option-skuId-" + skuCode).click();
        hook("transfer-line-0").findElement(By.cssSelector("[data-test='field-quantity']"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
        hook("transfer-save").click();

        drawerReady("transfer");
        clickUntil("transfer-ship", "transfer-step-dialog");
        click("transfer-ship-confirm");
        waitForStatus("SHIPPED");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='transfer-step-dialog']")));
        clickUntil("transfer-receive", "transfer-step-dialog");
        WebElement received = hook("transfer-step-line-0").findElement(By.cssSelector("[data-test='field-quantity']"));
        received.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        click("transfer-receive-confirm");

        waitForStatus("RECEIVED");
        hook("transfer-discrepancies");
        assertThat(onHand(admin, sku, brand.storeId())).isEqualTo(6);
        assertThat(onHand(admin, sku, brand.warehouseId())).isEqualTo(3);
        assertThat(api.get("/api/v1/stock/reconciliation", admin).body().get("differences")).isEmpty();
    }

    private void waitForStatus(String status) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='transfer-status']"), "data-status",
                status));
    }

    private long onHand(String token, UUID sku, UUID location) {
        var items = api.get("/api/v1/stock/balances?skuId=" + sku + "&locationId=" + location, token)
                .body().get("items");
        return items.isEmpty() ? 0 : items.get(0).get("onHand").asLong();
    }
}

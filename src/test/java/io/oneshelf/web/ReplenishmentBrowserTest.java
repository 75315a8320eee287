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
import org.springframework.beans.factory.annotation.Autowired;

class ReplenishmentBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_store_orders_from_hq_and_hq_approves_an_edited_quantity_as_a_transfer_from_the_warehouse() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String skuCode = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.warehouseId(),
                "quantity", 50)).status()).isEqualTo(201);

        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        hook("nav-replenishment").click();
        hook("replenishment-create").click();
        hook("replenishment-dialog");
        WebElement picker = hook("replenishment-line-0").findElement(By.cssSelector("[data-test='field-skuId']"));
        picker.click();
        picker.findElement(By.cssSelector("input")).sendKeys(skuCode);
        hook("option-skuId-" + skuCode).click();
        hook("replenishment-line-0").findElement(By.cssSelector("[data-test='field-quantity']"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
        hook("replenishment-save").click();
        wait.until(d -> !api.get("/api/v1/stock/replenishment-orders", admin).body().get("items").isEmpty());
        hook("replenishment-drawer");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[data-test='replenishment-drawer']")));
        signOut();

        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        hook("nav-replenishment").click();
        click("replenishment-open");
        drawerReady("replenishment");
        clickUntil("replenishment-approve", "replenishment-approve-dialog");
        choose("warehouseId", "W-" + brand.code());
        hook("replenishment-approve-line-0").findElement(By.cssSelector("[data-test='field-quantity']"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "8");
        click("replenishment-approve-confirm");

        wait.until(d -> "APPROVED".equals(order(admin).get("status").asString()));
        var order = order(admin);
        assertThat(order.get("transferId").isNull()).isFalse();
        var transfer = api.get("/api/v1/stock/transfers/" + order.get("transferId").asString(), admin).body();
        assertThat(transfer.get("fromPlaceId").asString()).isEqualTo(brand.warehouseId().toString());
        assertThat(transfer.get("toPlaceId").asString()).isEqualTo(brand.storeId().toString());
        assertThat(transfer.get("lines").get(0).get("requested").asLong()).isEqualTo(8);
    }

    private tools.jackson.databind.JsonNode order(String token) {
        return api.get("/api/v1/stock/replenishment-orders", token).body().get("items").get(0);
    }
}

package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.List;
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
        navigate("nav-replenishment");
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
        navigate("nav-replenishment");
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

    @Test
    void approving_more_than_the_warehouse_has_is_refused_until_the_approver_says_goods_are_on_the_way() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.warehouseId(), "quantity", 50));
        assertThat(api.post("/api/v1/stock/replenishment-orders", manager, Map.of("storeId", brand.storeId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 40)))).status()).isEqualTo(201);

        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-replenishment");
        click("replenishment-open");
        drawerReady("replenishment");
        clickUntil("replenishment-approve", "replenishment-approve-dialog");
        choose("warehouseId", "W-" + brand.code());
        WebElement line = hook("replenishment-approve-line-0");
        wait.until(d -> "50".equals(line.findElement(By.cssSelector("[data-test='approve-available']")).getText()));
        line.findElement(By.cssSelector("[data-test='field-quantity']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "99999");
        hook("approve-line-warning");
        click("replenishment-approve-confirm");

        wait.until(d -> line.getText().contains("Only 50 available"));
        assertThat(order(admin).get("status").asString()).isEqualTo("SUBMITTED");

        line.findElement(By.cssSelector("[data-test='field-quantity']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "45");
        wait.until(d -> !present("approve-line-warning"));
        click("replenishment-approve-confirm");
        wait.until(d -> "APPROVED".equals(order(admin).get("status").asString()));
        var transfer = api.get("/api/v1/stock/transfers/" + order(admin).get("transferId").asString(), admin).body();
        assertThat(transfer.get("lines").get(0).get("requested").asLong()).isEqualTo(45);
    }

    @Test
    void a_store_manager_orders_several_low_skus_in_one_order_and_then_sees_them_flagged_as_on_order() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID coffee = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true, "safetyStock", 5));
        api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(), "quantity", 2));
        api.post("/api/v1/stock/receipts", admin, Map.of("skuId", coffee, "locationId", brand.storeId(), "quantity", 3));

        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        navigate("nav-low-stock");
        assertThat(hook("low-stock-explain").getText()).contains("safety stock");
        wait.until(d -> d.findElements(By.cssSelector("[data-test='low-select']")).size() == 2);
        for (WebElement box : driver.findElements(By.cssSelector("[data-test='low-select']"))) {
            box.click();
        }
        wait.until(d -> "2".equals(hook("low-stock-order-selected").getAttribute("data-count")));
        clickUntil("low-stock-order-selected", "replenishment-dialog");
        for (int i = 0; i < 2; i++) {
            hook("replenishment-line-" + i).findElement(By.cssSelector("[data-test='field-quantity']"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(10 + i));
        }
        hook("replenishment-save").click();

        wait.until(d -> !api.get("/api/v1/stock/replenishment-orders", admin).body().get("items").isEmpty());
        var lines = order(admin).get("lines");
        assertThat(lines.size()).isEqualTo(2);
        assertThat(List.of(lines.get(0).get("skuId").asString(), lines.get(1).get("skuId").asString()))
                .containsExactlyInAnyOrder(tea.toString(), coffee.toString());
        wait.until(d -> d.findElements(By.cssSelector("[data-test='low-on-order']")).size() == 2);
    }

    private tools.jackson.databind.JsonNode order(String token) {
        return api.get("/api/v1/stock/replenishment-orders", token).body().get("items").get(0);
    }
}

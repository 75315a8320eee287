package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class StockBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_store_manager_receives_stock_and_sees_it_on_hand() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String skuCode = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        signIn(brand.login("manager"), BrandFixture.PASSWORD);

        hook("nav-stock").click();
        hook("stock-receive").click();
        hook("stock-dialog");
        hook("field-skuId").click();
        hook("field-skuId").findElement(By.cssSelector("input")).sendKeys(skuCode);
        hook("option-skuId-" + skuCode).click();
        choose("locationId", "S1-" + brand.code());
        type("quantity", "7");
        hook("stock-save").click();

        wait.until(d -> onHand(admin, sku, brand.storeId()) == 7);
        waitForText("stock-table", skuCode);
        assertThat(api.get("/api/v1/stock/reconciliation", admin).body().get("differences")).isEmpty();
    }

    private long onHand(String token, UUID sku, UUID location) {
        var items = api.get("/api/v1/stock/balances?skuId=" + sku + "&locationId=" + location, token)
                .body().get("items");
        return items.isEmpty() ? 0 : items.get(0).get("onHand").asLong();
    }
}

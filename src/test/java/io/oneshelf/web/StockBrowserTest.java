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

        navigate("nav-stock");
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

    @Test
    void searching_a_product_by_name_shows_every_sku_of_it_each_with_a_link_to_its_history() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String category = api.post("/api/v1/categories", admin, Map.of("code", "TEA", "name", "奶茶")).id();
        var product = api.post("/api/v1/products", admin, Map.of("code", "ZZ", "name", "珍珠奶茶", "categoryId", category,
                "unit", "杯", "specAttributes", List.of(Map.of("name", "杯型", "values", List.of("中杯", "大杯", "超大杯")))));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        List<String> skuIds = product.body().get("skus").findValuesAsString("id");
        List<String> codes = product.body().get("skus").findValuesAsString("code");
        for (int i = 0; i < skuIds.size(); i++) {
            api.post("/api/v1/stock/receipts", admin, Map.of("skuId", skuIds.get(i), "locationId", brand.storeId(),
                    "quantity", 10 + i));
        }
        UUID other = skus.aSku(brand);
        api.post("/api/v1/stock/receipts", admin, Map.of("skuId", other, "locationId", brand.storeId(), "quantity", 1));
        signIn(brand.login("manager"), BrandFixture.PASSWORD);

        navigate("nav-stock");
        hook("filter-q").sendKeys("珍珠奶茶", Keys.ENTER);

        wait.until(d -> "3".equals(hook("stock-search-result").getAttribute("data-skus")));
        wait.until(d -> shownSkuCodes().size() == 3);
        assertThat(shownSkuCodes()).containsExactlyInAnyOrderElementsOf(codes);

        WebElement row = driver.findElement(By.xpath("//*[@data-test='stock-table']//tr[.//*[@data-test='balance-sku-code'"
                + " and normalize-space()='" + codes.get(1) + "']]"));
        row.findElement(By.cssSelector("[data-test='balance-history']")).click();

        hook("stock-movements-page");
        wait.until(d -> d.getCurrentUrl().contains("skuId=" + skuIds.get(1))
                        && d.getCurrentUrl().contains("locationId=" + brand.storeId()));
        wait.until(d -> d.findElements(By.cssSelector("[data-test='movement-onHandDelta']")).size() == 1);
        assertThat(hook("movement-onHandDelta").getText()).isEqualTo("+11");
        waitForText("filter-skuId", codes.get(1));
    }

    private List<String> shownSkuCodes() {
        return driver.findElements(By.cssSelector("[data-test='stock-table'] [data-test='balance-sku-code']")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).distinct().toList();
    }

    private long onHand(String token, UUID sku, UUID location) {
        var items = api.get("/api/v1/stock/balances?skuId=" + sku + "&locationId=" + location, token)
                .body().get("items");
        return items.isEmpty() ? 0 : items.get(0).get("onHand").asLong();
    }
}

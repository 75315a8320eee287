package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class CatalogBrowserTest extends BrowserTest {

    @Test
    void an_hq_admin_creates_a_product_with_variants_prices_it_puts_it_on_shelf_and_changes_a_price() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/categories", admin, Map.of("code", "TEA", "name", "Milk tea")).status())
                .isEqualTo(201);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-products");
        hook("product-create").click();
        type("code", "PMT");
        type("name", "Pearl milk tea");
        choose("categoryId", "TEA");
        type("unit", "cup");
        hook("option-channels-POS").click();
        specAttribute(0, "Size", "M", "L");
        specAttribute(1, "Temp", "Iced", "Hot");
        hook("product-save").click();
        wait.until(d -> d.findElements(By.cssSelector("[data-test='sku-row']")).size() == 4);

        for (int row = 0; row < 4; row++) {
            setListPrice(row, "12.50");
        }
        hook("product-on-shelf").click();

        Reply product = productByCode(admin, "PMT");
        wait.until(d -> "ON_SHELF".equals(productByCode(admin, "PMT").body().get("status").asString()));
        List<String> skuIds = product.body().get("skus").findValuesAsString("id");
        assertThat(skuIds).hasSize(4);
        assertThat(priceOf(admin, skuIds.get(0))).isEqualTo(1250);

        setListPrice(0, "15.80");

        wait.until(d -> priceOf(admin, skuIds.get(0)) == 1580);
        assertThat(priceOf(admin, skuIds.get(1))).isEqualTo(1250);
    }

    @Test
    void an_hq_admin_sets_the_list_prices_of_every_sku_in_one_step_and_sees_them_in_the_sku_table() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String category = api.post("/api/v1/categories", admin, Map.of("code", "TEA", "name", "Milk tea")).id();
        Reply product = api.post("/api/v1/products", admin, Map.of("code", "PMT", "name", "Pearl milk tea",
                "categoryId", category, "unit", "cup", "specAttributes",
                List.of(Map.of("name", "Size", "values", List.of("M", "L", "XL")))));
        List<String> skuIds = product.body().get("skus").findValuesAsString("id");
        List<String> codes = product.body().get("skus").findValuesAsString("code");
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        driver.get(api.base() + "/#/products/" + product.id());

        wait.until(d -> d.findElements(By.cssSelector("[data-test='sku-list-price']")).size() == 3);
        assertThat(hook("sku-list-price").getText()).isEqualTo("No list price");
        click("sku-prices-bulk");
        hook("bulk-prices-dialog");
        hook("bulk-price-all").sendKeys("9.90");
        click("bulk-apply-all");
        hook("bulk-price-" + codes.get(2)).sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
        click("bulk-prices-save");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='bulk-prices-dialog']")));
        assertThat(priceOf(admin, skuIds.get(0))).isEqualTo(990);
        assertThat(priceOf(admin, skuIds.get(1))).isEqualTo(990);
        assertThat(priceOf(admin, skuIds.get(2))).isEqualTo(1200);
        wait.until(d -> d.findElements(By.cssSelector("[data-test='sku-list-price']")).stream()
                .map(WebElement::getText).toList().equals(List.of("¥9.90", "¥9.90", "¥12.00")));
    }

    @Test
    void the_barcode_field_is_ready_for_a_scanner_when_its_dialog_opens() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String category = api.post("/api/v1/categories", admin, Map.of("code", "TEA", "name", "Milk tea")).id();
        Reply product = api.post("/api/v1/products", admin, Map.of("code", "PMT", "name", "Pearl milk tea",
                "categoryId", category, "unit", "cup"));
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        driver.get(api.base() + "/#/products/" + product.id());

        click("barcode-add");
        hook("barcode-dialog");
        wait.until(d -> "field-barcode".equals(d.switchTo().activeElement().getAttribute("data-test")));
    }

    private void specAttribute(int index, String name, String... values) {
        hook("spec-add").click();
        hook("spec-name-" + index).sendKeys(name);
        for (String value : values) {
            hook("spec-values-" + index).sendKeys(value, Keys.ENTER);
        }
    }

    private void setListPrice(int skuRow, String yuan) {
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[data-test='sku-row']")).get(skuRow));
        row.findElement(By.cssSelector("[data-test='sku-prices']")).click();
        WebElement price = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='price-row-0'] [data-test='field-priceYuan']")));
        price.sendKeys(Keys.chord(Keys.CONTROL, "a"), yuan);
        hook("prices-save").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='prices-dialog']")));
    }

    private Reply productByCode(String token, String code) {
        String id = api.get("/api/v1/products?q=" + code, token).body().get("items").get(0).get("id").asString();
        return api.get("/api/v1/products/" + id, token);
    }

    private long priceOf(String token, String skuId) {
        return api.get("/api/v1/prices/resolve?skuId=" + skuId + "&channel=POS", token).body().get("priceFen")
                .asLong();
    }
}

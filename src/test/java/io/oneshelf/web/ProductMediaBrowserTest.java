package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.Pictures;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class ProductMediaBrowserTest extends BrowserTest {

    @TempDir
    Path folder;

    private Reply aTShirt(String admin) {
        Reply category = api.post("/api/v1/categories", admin, Map.of("code", "MERCH", "name", "Merchandise"));
        assertThat(category.status()).isEqualTo(201);
        Reply shirt = api.post("/api/v1/products", admin, Map.of("code", "TS", "name", "T-shirt",
                "categoryId", category.id(), "unit", "pc",
                "specAttributes", List.of(Map.of("name", "Colour", "values", List.of("Red", "Blue")),
                        Map.of("name", "Size", "values", List.of("S", "M")))));
        assertThat(shirt.status()).as(shirt.toString()).isEqualTo(201);
        return shirt;
    }

    private void open(Reply product) {
        driver.get(api.base() + "/#/products/" + product.id());
        hook("product-detail-page");
        waitForText("product-code", product.body().get("code").asString());
    }

    /** True once the browser has fetched and decoded the picture, not merely placed the tag. */
    private boolean loaded(WebElement img) {
        Object width = ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
        return ((Number) width).intValue() > 0;
    }

    @Test
    void an_hq_admin_uploads_a_picture_and_sees_it_as_the_main_picture_here_and_in_the_product_list() throws Exception {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply shirt = aTShirt(admin);
        Path picture = Files.write(folder.resolve("t-shirt.png"), Pictures.aPng(120, 80));
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        open(shirt);
        hook("image-empty");

        driver.findElement(By.cssSelector("[data-test='image-file']")).sendKeys(picture.toAbsolutePath().toString());

        WebElement thumb = hook("image-thumb");
        wait.until(d -> loaded(thumb));
        hook("image-main-tag");
        assertThat(api.get("/api/v1/products/" + shirt.id(), admin).body().get("images").get(0).get("width").asInt())
                .isEqualTo(120);

        hook("nav-products").click();
        WebElement listed = hook("product-thumb");
        wait.until(d -> loaded(listed));
    }

    @Test
    void an_hq_admin_adds_a_colour_to_an_existing_product_and_sees_exactly_the_new_skus() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply shirt = aTShirt(admin);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        open(shirt);

        clickUntil("variant-add-values", "spec-values-dialog");
        hook("new-values-0").sendKeys("Green", Keys.ENTER);
        wait.until(d -> "2".equals(hook("new-sku-preview").getAttribute("data-count")));
        click("spec-values-save");

        wait.until(d -> d.findElements(By.cssSelector("[data-test='sku-row']")).size() == 6);
        assertThat(driver.findElement(By.cssSelector("[data-test='sku-row'][data-code='TS-5'] [data-test='sku-name']"))
                .getText()).isEqualTo("T-shirt Green S");
        assertThat(driver.findElement(By.cssSelector("[data-test='sku-row'][data-code='TS-6'] [data-test='sku-name']"))
                .getText()).isEqualTo("T-shirt Green M");
        Reply after = api.get("/api/v1/products/" + shirt.id(), admin);
        assertThat(after.body().get("skus").findValuesAsString("code"))
                .containsExactly("TS-1", "TS-2", "TS-3", "TS-4", "TS-5", "TS-6");
        for (int i = 0; i < 4; i++) {
            assertThat(after.body().get("skus").get(i)).isEqualTo(shirt.body().get("skus").get(i));
        }
    }
}

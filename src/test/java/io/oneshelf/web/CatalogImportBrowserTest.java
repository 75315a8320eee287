package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class CatalogImportBrowserTest extends BrowserTest {

    private static final String HEADER = "productCode,productName,categoryCode,unit,specs,skuCode,barcodes,listPrice";

    @Test
    void an_hq_admin_sees_the_bad_row_of_a_sheet_then_imports_a_good_one_and_finds_the_product() throws IOException {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/categories", admin, Map.of("code", "TEA", "name", "Milk tea")).status())
                .isEqualTo(201);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        click("nav-catalog-exchange");

        upload(sheet("bad.csv", "JT01,Jasmine tea,TEA,cup,Size=M,JT01-M,,12.50",
                "JT01,Jasmine tea,TEA,cup,Size=L,JT01-L,,twelve"));

        hook("import-failure");
        assertThat(hook("import-status").getAttribute("data-status")).isEqualTo("FAILED");
        List<WebElement> rows = driver.findElements(By.cssSelector("[data-test='import-errors'] tr.el-table__row"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).findElement(By.cssSelector("[data-test='error-row']")).getText()).isEqualTo("3");
        assertThat(rows.get(0).findElement(By.cssSelector("[data-test='error-column']")).getText())
                .isEqualTo("listPrice");
        assertThat(rows.get(0).findElement(By.cssSelector("[data-test='error-message']")).getText())
                .contains("at most 2 decimals");
        assertThat(brands.count("spu", brand.tenantId())).isZero();

        click("import-again");
        upload(sheet("good.csv", "JT01,Jasmine tea,TEA,cup,Size=M,JT01-M,,12.50",
                "JT01,Jasmine tea,TEA,cup,Size=L,JT01-L,,14"));

        WebElement success = hook("import-success");
        assertThat(success.getAttribute("data-products-created")).isEqualTo("1");
        assertThat(hook("import-progress").getAttribute("data-percent")).isEqualTo("100");
        click("nav-products");
        wait.until(d -> d.findElements(By.cssSelector("[data-test='products-table'] tr.el-table__row")).stream()
                .anyMatch(r -> r.getText().contains("JT01") && r.getText().contains("Jasmine tea")));
        assertThat(brands.count("sku", brand.tenantId())).isEqualTo(2);
    }

    private void upload(Path file) {
        // a native file input: Selenium types the absolute path into it
        wait.until(d -> d.findElement(By.cssSelector("[data-test='import-file']"))).sendKeys(file.toString());
        click("import-start");
    }

    private static Path sheet(String name, String... rows) {
        try {
            Path dir = Files.createTempDirectory("oneshelf-import");
            Path file = dir.resolve(name);
            Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

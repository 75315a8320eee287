package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The console as a store manager has it on a phone (390 px) and an HQ operator on a tablet (1024 × 768). */
class ConsoleOnSmallScreensBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_phone_the_menu_opens_from_the_header_and_the_stock_shows_as_cards_with_save_in_view() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String skuCode = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(), "quantity", 9));
        windowOf(PHONE);
        signIn(brand.login("manager"), BrandFixture.PASSWORD);

        assertThat(hook("nav-toggle").isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("[data-test='nav-stock']"))).isEmpty();
        navigate("nav-stock");

        waitForText("stock-table", skuCode);
        WebElement card = hook("list-card");
        assertThat(fitsTheWindow(card)).isTrue();
        assertThat(card.findElement(By.cssSelector("[data-test='balance-available']")).getText()).isEqualTo("9");
        assertThat(fitsTheWindow(card.findElement(By.cssSelector("[data-test='balance-adjust']")))).isTrue();

        click("stock-receive");
        hook("stock-dialog");
        wait.until(d -> fitsTheWindow("stock-dialog") && inTheWindow("stock-save"));

        hook("stock-save").click();
        assertThat(fieldError("quantity")).isNotBlank();
        assertThat(inTheWindow("stock-save")).isTrue();
    }

    @Test
    void on_a_tablet_available_stock_and_movement_reasons_stay_in_view() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String skuCode = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(), "quantity", 4));
        api.post("/api/v1/stock/adjustments", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", -1, "reason", "broken seal"));
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-stock");
        waitForText("stock-table", skuCode);
        WebElement available = wait.until(d -> d.findElements(By.cssSelector("[data-test='balance-available']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(available.getText()).isEqualTo("3");
        assertThat(fitsTheWindow(available)).isTrue();
        WebElement history = wait.until(d -> d.findElements(By.cssSelector("[data-test='balance-history']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(fitsTheWindow(history)).isTrue();

        navigate("nav-stock-movements");
        waitForText("movements-table", "broken seal");
        WebElement reason = wait.until(d -> d.findElements(By.cssSelector("[data-test='movement-reason']"))
                .stream().filter(e -> e.getText().equals("broken seal")).findFirst().orElse(null));
        assertThat(fitsTheWindow(reason)).isTrue();
    }
}

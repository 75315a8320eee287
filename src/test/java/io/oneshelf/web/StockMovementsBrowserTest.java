package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stock ledger as a history, through {@code GET /api/v1/stock/movements} answering a time page (from, to, order,
 * cursor, limit; items, nextCursor, previousCursor): newest first, pages older and newer, a jump to yesterday (before
 * every movement) and pages newer from there, back to the latest. 55 receipts R-01 … R-55; pages hold 50.
 */
class StockMovementsBrowserTest extends BrowserTest {

    private static final int RECEIPTS = 55;

    @Autowired
    SkuFixture skus;

    @Test
    void an_hq_admin_pages_the_movements_both_ways_and_jumps_to_a_day() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        for (int i = 1; i <= RECEIPTS; i++) {
            assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                    "quantity", 1, "reference", reference(i))).status()).isEqualTo(201);
        }
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        hook("nav-stock-movements").click();

        waitForRows(references(55, 6));
        assertThat(hook("time-newer").isEnabled()).isFalse();
        press("time-older");
        waitForRows(references(5, 1));
        assertThat(hook("time-older").isEnabled()).isFalse();
        press("time-newer");
        waitForRows(references(55, 6));

        jumpTo(LocalDate.now().minusDays(1).toString());
        waitForRows(List.of());
        press("time-newer");
        waitForRows(references(50, 1));
        press("time-newer");
        waitForRows(references(55, 51));
        assertThat(hook("time-newer").isEnabled()).isFalse();

        press("time-latest");
        waitForRows(references(55, 6));
    }

    /** Clicks a button of the frame once it is enabled (it is not while a page or the look past a day loads). */
    private void press(String hookName) {
        wait.until(d -> hook(hookName).isEnabled());
        click(hookName);
    }

    private void jumpTo(String day) {
        WebElement element = hook("time-jump");
        WebElement input = element.getTagName().equals("input") ? element : element.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.ENTER);
        waitForText("time-shown", day);
    }

    /** Waits until the table shows these references, top to bottom (read in one go: the table re-renders). */
    private void waitForRows(List<String> expected) {
        wait.until(d -> expected.equals(((JavascriptExecutor) d).executeScript("""
                return Array.from(document.querySelectorAll(
                    "[data-test='movements-table'] [data-test='movement-reference']")).map(e => e.textContent.trim());""")));
    }

    /** R-from down to R-to, newest first. */
    private static List<String> references(int from, int to) {
        return IntStream.rangeClosed(to, from).map(i -> from + to - i).mapToObj(StockMovementsBrowserTest::reference)
                .toList();
    }

    private static String reference(int i) {
        return "R-%02d".formatted(i);
    }
}

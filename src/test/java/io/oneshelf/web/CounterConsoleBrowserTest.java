package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counter as the store manager has it in the console: the tills (a duplicate code refused next to its field),
 * the shifts with their over/short, a shift's report with its tenders, counted drawer and PDF, the day's Z-report,
 * the conflicts of offline sales (one resolved); and the brand's offline limits as HQ sets them — on a tablet in
 * English and on a phone in Chinese. The till's day is made through the API: a cash sale, an offline sale synced
 * at a price and in a quantity the store no longer had, the shift closed a yuan short.
 */
class CounterConsoleBrowserTest extends BrowserTest {

    private static final String POS = "/api/v1/pos";

    @Autowired
    SkuFixture skus;

    /** What the screens say in one language. */
    private record Words(String codeTaken, String short1, String closed, String cash, String card,
                         String stockShort, String priceChanged, String over168) {
    }

    private static final Words ENGLISH = new Words("the store has a till coded T1 already", "Short ¥1.00", "Closed",
            "Cash", "Card", "Stock ran short", "Price changed", "168");
    private static final Words CHINESE = new Words("本门店已有编码为 T1 的收银机", "短款 ¥1.00", "已交班", "现金",
            "银行卡", "库存不足", "价格已变", "168");

    @Test
    void a_store_manager_on_a_tablet_in_english_checks_the_tills_the_shift_the_day_and_the_conflicts() {
        walk(TABLET, ENGLISH);
    }

    @Test
    void a_store_manager_on_a_phone_in_chinese_checks_the_tills_the_shift_the_day_and_the_conflicts() {
        walk(PHONE, CHINESE);
    }

    private void walk(Dimension window, Words words) {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Day day = aClosedShiftWithConflicts(brand, admin);
        if (words == CHINESE) {
            ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN');");
            driver.navigate().refresh();
        }
        windowOf(window);
        signIn(brand.login("manager"), BrandFixture.PASSWORD);

        tills(words);
        shiftReport(words);
        zReport(words);
        conflicts(words, day);
        signOut();
        offlineLimits(brand, words);
    }

    private void tills(Words words) {
        navigate("nav-counter-tills");
        waitForText("tills-table", "T1");
        waitForText("till-shift", words == ENGLISH ? "No shift" : "未开班");
        click("till-create");
        hook("till-dialog");
        // the manager's one store is chosen for them
        wait.until(d -> !hook("field-storeId").getText().isBlank());
        type("code", "T1");
        type("name", "Front");
        click("till-save");
        assertThat(fieldError("code")).isEqualTo(words.codeTaken());
        assertThat(fitsTheWindow("till-dialog")).isTrue();
        type("code", "T2");
        click("till-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='till-dialog']")));
        waitForText("tills-table", "T2");
        assertThat(hook("tills-table").getText()).contains("Front");
        assertThat(fitsTheWindow("tills-table")).isTrue();
    }

    private void shiftReport(Words words) {
        navigate("nav-counter-shifts");
        waitForText("shifts-table", words.closed());
        waitForText("over-short", words.short1());
        assertThat(hook("shifts-table").getText()).contains("Till T1");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[data-test='shift-till']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(row);
        drawerReady("shift");
        WebElement drawer = hook("shift-drawer");
        waitForText("shift-expected", "¥115.00");
        waitForText("shift-counted", "¥114.00");
        assertThat(drawer.findElement(By.cssSelector("[data-test='over-short']")).getText())
                .isEqualTo(words.short1());
        String tenders = hook("tender-totals").getText();
        assertThat(tenders).contains(words.cash(), "¥15.00", words.card(), "¥0.09");
        // counted: one ¥100, one ¥10, four ¥1
        String counted = hook("shift-denominations").getText();
        assertThat(counted).contains("¥100.00", "¥10.00", "¥1.00", "¥4.00");
        assertThat(fitsTheWindow("shift-denominations")).isTrue();

        // the PDF is fetched with the session and handed to the browser as a file: catch the blob
        ((JavascriptExecutor) driver).executeScript("window.__blobs = []; const make = URL.createObjectURL;"
                + " URL.createObjectURL = function (b) { window.__blobs.push(b); return make.call(URL, b); };");
        click("shift-pdf");
        String pdf = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + " const wait = () => window.__blobs.length"
                + "   ? window.__blobs[0].slice(0, 5).text().then(t => done(window.__blobs[0].type + ' ' + t))"
                + "   : setTimeout(wait, 100);"
                + " wait();");
        assertThat(pdf).isEqualTo("application/pdf %PDF-");
        click(drawer.findElement(By.cssSelector(".el-drawer__close-btn")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='shift-drawer']")));
    }

    private void zReport(Words words) {
        navigate("nav-counter-z-report");
        // the brand's day (Asia/Shanghai), whatever the browser's clock says
        hook("z-report-page");
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='z-report-page'] .el-date-editor input")));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), Keys.ENTER);
        waitForText("z-sales-count", "2");
        waitForText("z-summary", words.short1());
        assertThat(hook("z-shifts").getText()).contains("Till T1");
        assertThat(hook("tender-totals").getText()).contains(words.cash(), "¥15.00");
        assertThat(fitsTheWindow("z-summary")).isTrue();
    }

    private void conflicts(Words words, Day day) {
        navigate("nav-counter-conflicts");
        waitForText("conflicts-table", words.stockShort());
        waitForText("conflicts-table", words.priceChanged());
        String table = hook("conflicts-table").getText();
        // things by name: the SKU's code, never its id
        assertThat(table).contains(day.skuCode()).doesNotContain(day.sku().toString());
        assertThat(table).contains("¥0.01", "¥15.00");
        WebElement resolve = wait.until(d -> d.findElements(By.cssSelector("[data-test='conflict-resolve']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(resolve);
        keys("field-reason", "Recounted the shelf");
        click("conflict-resolve-confirm");
        if (driver.findElements(By.cssSelector("[data-test='list-card']")).isEmpty()) {
            waitForText("conflict-resolved", "Recounted the shelf");
        }
        // the list re-renders the resolved row: an element read meanwhile may be gone
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector("[data-test='conflict-resolve']")).stream().filter(WebElement::isDisplayed).count() == 1);
        String manager = api.login(day.brand().login("manager"), BrandFixture.PASSWORD);
        Reply open = api.get(POS + "/conflicts?status=OPEN", manager);
        assertThat(open.body().get("items")).hasSize(1);
        Reply resolved = api.get(POS + "/conflicts?status=RESOLVED", manager);
        assertThat(resolved.body().get("items").get(0).get("note").asString()).isEqualTo("Recounted the shelf");
    }

    /** The limits are the brand's: the store manager reads them, HQ changes them. */
    private void offlineLimits(Brand brand, Words words) {
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-counter-tills");
        hook("offline-limits");
        wait.until(d -> !hook("field-maxOfflineHours").getAttribute("value").isBlank());
        type("maxOfflineHours", "200");
        click("offline-limits-save");
        assertThat(fieldError("maxOfflineHours")).contains(words.over168());
        assertThat(fitsTheWindow("offline-limits")).isTrue();
        type("maxOfflineHours", "12");
        type("maxOfflineAmountFen", "800.50");
        click("offline-limits-save");
        hook("offline-limits-saved");
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply settings = api.get(POS + "/settings", admin);
        assertThat(settings.body().get("maxOfflineHours").asInt()).isEqualTo(12);
        assertThat(settings.body().get("maxOfflineAmountFen").asLong()).isEqualTo(80050);
    }

    private record Day(Brand brand, UUID sku, String skuCode) {
    }

    /**
     * Till T1 of the manager's store, its shift (¥100 float) closed a yuan short: a ¥15 cash sale, and an offline
     * sale synced of nine at ¥0.01 by card when the store had four left — a price and a stock conflict.
     */
    private Day aClosedShiftWithConflicts(Brand brand, String admin) {
        UUID sku = skus.aPricedSku(brand, 1500);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        Reply till = api.post(POS + "/tills", admin, Map.of("storeId", brand.storeId(), "code", "T1",
                "name", "Till T1"));
        assertThat(till.status()).as(till.toString()).isEqualTo(201);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Reply shift = api.post(POS + "/tills/" + till.id() + "/shifts", cashier, Map.of("floatFen", 10000));
        assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
        Reply sale = api.post(POS + "/tills/" + till.id() + "/sales", cashier, Map.of("clientSaleId",
                UUID.randomUUID(), "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500, "cashTendered", 2000))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Reply synced = api.post(POS + "/tills/" + till.id() + "/sync", cashier, Map.of("sales", List.of(Map.of(
                "clientSaleId", UUID.randomUUID(), "recordedAt", OffsetDateTime.now().toString(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 9, "unitPrice", 1)),
                "tenders", List.of(Map.of("tender", "CARD", "amount", 9, "reference", "C-9")), "total", 9))));
        assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
        Reply closed = api.post(POS + "/shifts/" + shift.id() + "/close", cashier, Map.of("counted", List.of(
                Map.of("denominationFen", 10000, "count", 1), Map.of("denominationFen", 1000, "count", 1),
                Map.of("denominationFen", 100, "count", 4))));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().get("overShortFen").asLong()).isEqualTo(-100);
        String code = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        return new Day(brand, sku, code);
    }
}

package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The counter with the network cut (the browser's network conditions set offline): three cash sales priced from
 * the device cache and queued; when the network is back the queue syncs by itself, each sale counted once — a
 * replay of the same sales answers DUPLICATE and makes no order — with the stock posted, and the sale that sold
 * more than the store had flagged.
 */
class PosOfflineBrowserTest extends PosBrowserTest {

    @AfterEach
    void networkBack() {
        ((ChromeDriver) driver).deleteNetworkConditions();
    }

    @Test
    void three_sales_made_offline_sync_once_when_the_network_is_back() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 10);
        UUID cake = aSkuInStock(brand, admin, 800, 1);
        String teaCode = codeOf(tea, admin);
        String cakeCode = codeOf(cake, admin);
        UUID till = aTill(brand, admin, "T1");
        openAShift(brand, "T1", "200");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='pos-connection']"), "data-cache",
                "ready"));

        offline(true);
        scan(teaCode);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='pos-connection']"), "data-online",
                "false"));
        hook("offline-pricing");
        sellForCash("¥15.00", "20");
        scan("2*" + teaCode);
        sellForCash("¥30.00", "50");
        // one cake is in stock; the device sells two, as the customer takes them
        scan("2*" + cakeCode);
        press(Keys.F9);
        hook("pay-offline-note");
        assertThat(hook("add-tender-WECHAT_PAY").isEnabled()).isFalse();
        keys("tender-0-cash", "20", Keys.ENTER);
        waitForText("offline-recorded", "¥16.00");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='pos-queue']"), "data-count", "3"));
        String queued = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const open = indexedDB.open('oneshelf-pos');
                open.onsuccess = () => {
                  const all = open.result.transaction('queue').objectStore('queue').getAll();
                  all.onsuccess = () => { done(JSON.stringify(all.result.map((e) => e.sale))); open.result.close(); };
                };""");
        assertThat(api.get("/api/v1/orders?channel=POS&storeId=" + brand.storeId(), admin).body().get("items"))
                .isEmpty();

        offline(false);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-test='pos-queue']"), "data-count", "0"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='pos-connection']"), "data-online",
                "true"));
        waitForText("sync-conflicts", "stock ran short");

        JsonNode synced = api.get("/api/v1/orders?channel=POS&storeId=" + brand.storeId(), admin).body().get("items");
        assertThat(synced).hasSize(3);
        long total = 0;
        for (JsonNode o : synced) {
            total += o.get("total").asLong();
        }
        assertThat(total).isEqualTo(1500 + 3000 + 1600);
        StockClient stock = new StockClient(api, admin);
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(7);
        // the cake the store did not have is posted as sold and the shortfall made good (the conflict tells)
        assertThat(stock.balance(cake, brand.storeId())[0]).isZero();

        // the device's queue sent again (a sync whose answer was lost): every sale DUPLICATE, no order more
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        JsonNode sales = JsonMapper.builder().build().readTree(queued);
        Reply replay = api.post("/api/v1/pos/tills/" + till + "/sync", cashier, Map.of("sales", sales));
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        for (JsonNode r : replay.body().get("results")) {
            assertThat(r.get("outcome").asString()).isEqualTo("DUPLICATE");
        }
        assertThat(api.get("/api/v1/orders?channel=POS&storeId=" + brand.storeId(), admin).body().get("items"))
                .hasSize(3);
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(7);
    }

    /**
     * Offline the device applies the promotions its snapshot carries as the server does: buy two waters get one
     * free (priority 10), 10 % off the cake's category (5), then 满30减5 over the whole basket apportioned to the fen.
     * The sale syncs at the device's total with no PRICE_CHANGED conflict: the server would have charged the same.
     */
    @Test
    void offline_the_cached_promotions_price_the_sale_as_the_server_would() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 10);
        UUID cake = aSkuInStock(brand, admin, 800, 10);
        UUID water = aSkuInStock(brand, admin, 300, 10);
        UUID cakes = brands.jdbc().sql("select p.category_id from sku k join spu p on p.id = k.spu_id"
                + " where k.id = :id").param("id", cake).query(UUID.class).single();
        aPromotion(admin, "买二送一", 10, Map.of("kind", "BUY_X_GET_Y", "buy", 2, "get", 1,
                "skuIds", List.of(water)));
        aPromotion(admin, "蛋糕九折", 5, Map.of("kind", "PERCENT_OFF", "percentOff", 10,
                "categoryIds", List.of(cakes)));
        aPromotion(admin, "满30减5", 0, Map.of("kind", "FULL_REDUCTION", "tiers", List.of(Map.of("threshold", 3000,
                "off", 500), Map.of("threshold", 6000, "off", 1200))));
        aTill(brand, admin, "T1");
        openAShift(brand, "T1", "100");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='pos-connection']"), "data-cache",
                "ready"));

        offline(true);
        scan(codeOf(tea, admin));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='pos-connection']"), "data-online",
                "false"));
        scan("2*" + codeOf(cake, admin));
        scan("3*" + codeOf(water, admin));

        // goods ¥40.00: a water free (¥3.00), ¥1.60 off the cakes, then ¥5 over ¥15 + ¥14.40 + ¥6 payable:
        // ¥2.12 + ¥2.03 + ¥0.85 (largest remainders) — ¥9.60 off in all
        waitForText("cart-promotions", "¥9.60");
        waitForText("line-0-amount", "¥12.88");
        waitForText("line-1-amount", "¥12.37");
        waitForText("line-2-amount", "¥5.15");
        waitForText("pricing-source", "cached promotions");
        sellForCash("¥30.40", "50");

        offline(false);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-test='pos-queue']"), "data-count", "0"));
        JsonNode synced = api.get("/api/v1/orders?channel=POS&storeId=" + brand.storeId(), admin).body().get("items");
        assertThat(synced).hasSize(1);
        assertThat(synced.get(0).get("total").asLong()).isEqualTo(3040);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/pos/conflicts", manager).body().get("items")).as("no conflict").isEmpty();
    }

    private void aPromotion(String admin, String name, int priority, Map<String, Object> terms) {
        Map<String, Object> body = new java.util.HashMap<>(terms);
        body.putAll(Map.of("name", name, "priority", priority, "startsAt", "2026-01-01T00:00:00Z",
                "endsAt", "2036-01-01T00:00:00Z"));
        Reply promotion = api.post("/api/v1/promotions", admin, body);
        assertThat(promotion.status()).as(promotion.toString()).isEqualTo(201);
    }

    /** Pays the cart in cash (offline: queued on the device) and waits until it was recorded. */
    private void sellForCash(String total, String handed) {
        waitForText("cart-total", total);
        press(Keys.F9);
        hook("pay-offline-note");
        keys("tender-0-cash", handed, Keys.ENTER);
        waitForText("offline-recorded", total);
    }

    private void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            ((ChromeDriver) driver).setNetworkConditions(conditions);
        } else {
            ((ChromeDriver) driver).deleteNetworkConditions();
        }
    }
}

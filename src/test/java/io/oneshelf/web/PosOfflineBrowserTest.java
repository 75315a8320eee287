package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.Duration;
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

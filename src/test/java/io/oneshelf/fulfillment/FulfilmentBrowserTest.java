package io.oneshelf.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fulfilment screens as staff use them: a cashier verifies a pickup code on a phone (390 px), an operator
 * takes a parcel through the task board on a tablet (1024 px).
 */
class FulfilmentBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_cashier_prepares_and_verifies_a_pickup_order_on_a_phone() {
        Brand brand = brands.aBrand();
        String order = aPaidOrder(brand, Map.of("fulfilment", "PICKUP", "storeId", brand.storeId()));
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String code = api.get("/api/v1/pickups/" + order, admin).body().get("code").asString();
        windowOf(PHONE);
        signIn(brand.login("cashier"), BrandFixture.PASSWORD);

        navigate("nav-fulfilment-tasks");
        hook("task-list");
        WebElement ready = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='task-card'] [data-test='task-step-ready']")));
        assertThat(fitsTheWindow(ready)).isTrue();
        assertThat(fitsTheWindow("task-card")).isTrue();
        click(ready);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='task-card']"), "data-status",
                "READY"));
        assertThat(api.get("/api/v1/orders/" + order, admin).body().get("status").asString())
                .isEqualTo("READY_FOR_PICKUP");

        navigate("nav-pickup-verify");
        keys("pickup-code", code, Keys.ENTER);

        hook("pickup-order");
        assertThat(driver.findElements(By.cssSelector("[data-test='pickup-line']"))).hasSize(1);
        waitForText("pickup-total", "¥30.00");
        assertThat(fitsTheWindow("pickup-order")).isTrue();
        assertThat(fitsTheWindow("pickup-verify")).isTrue();
        click("pickup-verify");

        hook("pickup-verified");
        assertThat(api.get("/api/v1/orders/" + order, admin).body().get("status").asString()).isEqualTo("COMPLETED");
        keys("pickup-code", code, Keys.ENTER);
        waitForText("pickup-order", "Collected");
    }

    @Test
    void a_parcel_goes_through_the_task_board_on_a_tablet() {
        Brand brand = brands.aBrand();
        String order = aPaidOrder(brand, Map.of("fulfilment", "EXPRESS", "address", Map.of("recipient", "Wang Fang",
                "phone", "13812345678", "text", "Nanjing Rd 1", "latitude", 31.23, "longitude", 121.47)));
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        List<String> tasks = new java.util.ArrayList<>();
        api.get("/api/v1/fulfilment-tasks?orderId=" + order, admin).body().get("items")
                .forEach(t -> tasks.add(t.get("id").asString()));
        assertThat(tasks).isNotEmpty();
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-fulfilment-tasks");
        for (String task : tasks) {
            step(task, "pick", "picked");
            step(task, "pack", "packed");
            card(task).findElement(By.cssSelector("[data-test='task-step-hand-over']")).click();
            WebElement carrier = hook("task-carrier");
            carrier.click();
            carrier.findElement(By.cssSelector("input")).sendKeys("SF Express", Keys.ENTER);
            hook("task-tracking-number").sendKeys("SF" + task.substring(0, 8));
            click("task-step-save");
            inColumn(task, "onTheWay");
        }
        assertThat(status(admin, order)).isEqualTo("SHIPPED");
        for (String task : tasks) {
            card(task).findElement(By.cssSelector("[data-test='task-step-deliver']")).click();
            wait.until(d -> !present("task-column-onTheWay") || d.findElements(By.cssSelector(
                    "[data-test='task-column-onTheWay'] [data-task='" + task + "']")).isEmpty());
        }

        Eventually.until("the order completed", Duration.ofSeconds(10), () -> status(admin, order),
                "COMPLETED"::equals);
    }

    private void step(String task, String step, String column) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            card(task).findElement(By.cssSelector("[data-test='task-step-" + step + "']")).click();
            return true;
        });
        inColumn(task, column);
    }

    private WebElement card(String task) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='task-card'][data-task='" + task + "']")));
    }

    private void inColumn(String task, String column) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test='task-column-" + column + "'] [data-task='" + task + "']")));
    }

    private String status(String token, String order) {
        return api.get("/api/v1/orders/" + order, token).body().get("status").asString();
    }

    /** A guide's order of two teas at ¥15.00, paid in cash, once fulfilment took it on. */
    private String aPaidOrder(Brand brand, Map<String, Object> how) {
        UUID tea = skus.aPricedSku(brand, 1500);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        for (UUID place : List.of(brand.storeId(), brand.warehouseId())) {
            assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", place,
                    "quantity", 10)).status()).isEqualTo(201);
            assertThat(api.put("/api/v1/stock-locations/" + place, admin, Map.of("sharedWithOnline", true,
                    "safetyStock", 0)).status()).isEqualTo(200);
        }
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        Map<String, Object> body = new java.util.HashMap<>(how);
        body.putAll(Map.of("channel", "GUIDE", "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", tea, "quantity", 2))));
        Reply placed = api.post("/api/v1/orders", guide, body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        long total = placed.body().get("total").asLong();
        assertThat(api.post("/api/v1/orders/" + placed.id() + "/payments", admin, Map.of("tender", "CASH",
                "amount", total, "cashTendered", total)).status()).isEqualTo(200);
        Eventually.until("fulfilment of " + placed.id(), Duration.ofSeconds(30), () -> status(admin, placed.id()),
                "FULFILLING"::equals);
        return placed.id();
    }
}

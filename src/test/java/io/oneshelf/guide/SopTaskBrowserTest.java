package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An SOP rule from the console to the guide's phone and back: the brand's manager writes a first-purchase rule in
 * the playbook (a small laptop, English) and runs the scan; the guide signs in to the workbench (a phone, Chinese),
 * finds the task under the customer's name with the suggested message and link and completes it; the console's
 * task overview then shows it done and counted in the rule's results (and as a card on a phone).
 */
class SopTaskBrowserTest extends BrowserTest {

    private static final String RULE = "Thank first buyers";
    private static final String MESSAGE = "Thanks for your first cup! 10% off your next one.";

    @Autowired
    SkuFixture skus;

    @Test
    void a_rule_written_in_the_console_makes_a_task_the_guide_completes_on_the_workbench() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String guide = GuideObjects.staffId(api, admin, brand.login("guide"));
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        assertThat(api.put(shopper.path("/me"), shopper.accessToken(), Map.of("name", "林小满")).status())
                .isEqualTo(200);
        Reply bound = api.post("/api/v1/guide-bindings", admin, Map.of("customerId", shopper.customerId(),
                "guideId", guide));
        assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
        firstPurchase(brand, admin, shopper.customerId());

        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-sop-rules");
        click("sop-rule-create");
        type("name", RULE);
        choose("kind", "AFTER_FIRST_PURCHASE");
        type("days", "0");
        type("message", MESSAGE);
        type("link", "https://shop.example/p/oolong");
        click("sop-rule-save");
        waitForText("sop-rules-table", RULE);
        waitForText("sop-rule-parameter", "0 days after");
        click("sop-scan");
        Eventually.until("the scan's task", Duration.ofSeconds(15), () -> api.get("/api/v1/sop-tasks?guideId="
                + guide, admin).body().get("items").size(), n -> n == 1);
        signOut();

        windowOf(PHONE);
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.get(api.base() + "/guide.html#/sign-in");
        hook("login-input").findElement(By.tagName("input")).sendKeys(brand.login("guide"));
        hook("password-input").findElement(By.tagName("input")).sendKeys(BrandFixture.PASSWORD);
        click("login-submit");
        click("tab-tasks");
        waitForText("workbench-task-customer", "林小满");
        assertThat(fitsTheWindow("workbench-task")).as("the task fits the phone").isTrue();
        click("workbench-task-open");
        waitForText("workbench-task-name", "林小满");
        waitForText("workbench-task-message", MESSAGE);
        waitForText("workbench-task-message", "建议话术");
        waitForText("workbench-task-link", "https://shop.example/p/oolong");
        hook("workbench-task-note").findElement(By.tagName("textarea")).sendKeys("已微信联系");
        click("workbench-task-complete");
        hook("workbench-no-tasks");
        JsonNode done = api.get("/api/v1/sop-tasks?guideId=" + guide, admin).body().get("items").get(0);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("note").asString()).isEqualTo("已微信联系");

        ((JavascriptExecutor) driver).executeScript(
                "localStorage.clear(); sessionStorage.clear(); localStorage.setItem('oneshelf.locale', 'en');");
        windowOf(TABLET);
        driver.get(api.base() + "/#/login");
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-sop-tasks");
        waitForText("sop-tasks-table", "林小满");
        waitForText("sop-task-status", "Done");
        waitForText("sop-task-guide", "guide");
        waitForText("sop-result-rule", RULE);
        waitForText("sop-result-done", "1");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='sop-task-overdue']")));

        windowOf(PHONE);
        waitForText("list-card", "林小满");
        assertThat(fitsTheWindow("list-card")).as("the overview's task card fits the phone").isTrue();
    }

    /** A till sale to the customer, and the playbook's read model having heard it. */
    private void firstPurchase(Brand brand, String admin, UUID customer) {
        UUID tea = skus.aPricedSku(brand, 1800);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer, "lines", List.of(Map.of("skuId", tea,
                        "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1800, "cashTendered", 1800))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Eventually.until("the first purchase heard", Duration.ofSeconds(30), () -> brands.jdbc().sql(
                        "select count(*) from sop_customer where tenant_id = :t and customer_id = :c"
                        + " and first_paid_at is not null")
                .param("t", brand.tenantId()).param("c", customer).query(Integer.class).single(), n -> n == 1);
    }
}

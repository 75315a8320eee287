package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import io.oneshelf.integration.webhook.TestEvents;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.WebhookReceiver;
import io.oneshelf.support.WebhookReceiver.Received;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Webhooks in the console: an HQ admin registers an endpoint on a local receiver (the secret shown once), an event
 * is delivered and shows in the log; the receiver fails, the log shows the retries and the failing endpoint, and a
 * redelivery after the receiver is fixed succeeds. Events are published in process (test events; a stock receipt
 * does the same once inventory publishes its events).
 */
class WebhookBrowserTest extends BrowserTest {

    @Autowired
    TestEvents events;

    private WebhookReceiver receiver;
    private Brand brand;

    @BeforeEach
    void aReceiver() {
        receiver = new WebhookReceiver();
        brand = brands.aBrand();
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
        brands.jdbc().sql("delete from webhook_endpoint where tenant_id = :t").param("t", brand.tenantId()).update();
    }

    @Test
    void an_admin_registers_an_endpoint_sees_deliveries_and_retries_and_redelivers_after_a_fix() throws Exception {
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-webhooks");
        click("webhook-create");
        type("url", "http://no-such-host.invalid/hooks");
        click("webhook-save");
        assertThat(fieldError("url")).contains("does not resolve");
        type("url", receiver.url());
        click("webhook-save");
        String secret = hook("secret-value").getText().trim();
        assertThat(secret).startsWith("whsec_");
        click("secret-close");
        waitForText("webhook-url", receiver.url());
        waitForText("webhook-state", "Healthy");

        events.thingHappened(brand.tenantId(), "珍珠奶茶");
        click("webhook-deliveries");
        waitForDeliveries("DELIVERED", 1);
        Received first = receiver.received().get(0);
        new Webhook(secret).verify(first.body(), first.headers());

        receiver.answer(500);
        events.thingHappened(brand.tenantId(), "fails");
        waitForDeliveries("FAILED", 1);
        WebElement failed = row("FAILED");
        assertThat(failed.findElement(By.cssSelector("[data-test='delivery-attempts']")).getText()).isEqualTo("4");
        assertThat(failed.findElement(By.cssSelector("[data-test='delivery-code']")).getText()).isEqualTo("500");
        String failedEvent = failed.getAttribute("data-event");
        assertThat(receiver.withId(failedEvent)).hasSize(4);

        navigate("nav-webhooks");
        waitForText("webhook-state", "Failing");
        hook("webhook-failing");

        receiver.answer(200);
        navigate("nav-webhook-deliveries");
        waitForDeliveries("FAILED", 1);
        row("FAILED").findElement(By.cssSelector("[data-test='delivery-redeliver']")).click();
        waitForDeliveries("DELIVERED", 2);
        assertThat(receiver.withId(failedEvent)).hasSize(5);

        navigate("nav-webhooks");
        waitForText("webhook-state", "Healthy");
    }

    @Test
    void the_screens_fit_a_tablet_and_a_phone() {
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-webhooks");
        click("webhook-create");
        type("url", receiver.url());
        click("webhook-save");
        click("secret-close");
        waitForText("webhook-url", receiver.url());
        try {
            for (Dimension size : List.of(new Dimension(1024, 768), new Dimension(390, 844))) {
                driver.manage().window().setSize(size);
                wait.until(d -> fitsTheWindow("webhook-create") && fitsTheWindow("webhook-test")
                        && fitsTheWindow("webhook-delete") && fitsTheWindow("webhook-url"));
                click("webhook-test");
                click("webhook-deliveries");
                waitForDeliveries("DELIVERED", size.getWidth() == 1024 ? 1 : 2);
                wait.until(d -> fitsTheWindow("delivery-redeliver") && fitsTheWindow("redeliver-since")
                        && fitsTheWindow("deliveries-refresh"));
                navigate("nav-webhooks");
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** Refreshes the log until it shows {@code count} deliveries in this state. */
    private void waitForDeliveries(String status, int count) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
                    if (rows(status).size() == count) {
                        return true;
                    }
                    hook("deliveries-refresh").click();
                    return false;
                });
    }

    private List<WebElement> rows(String status) {
        return driver.findElements(By.cssSelector("[data-test='delivery-row'][data-status='" + status + "']"));
    }

    private WebElement row(String status) {
        return rows(status).get(0);
    }
}

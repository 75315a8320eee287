package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Paying at the counter (decision 0048): a hand discount priced by the till's quote and the customer paying by
 * scanning the till's QR, on a tablet; an exchange (a line taken back, a replacement sold) on a phone.
 */
class PosPaymentBrowserTest extends PosBrowserTest {

    @Test
    void the_customer_scans_the_tills_qr_and_the_sale_completes_when_the_sandbox_says_it_is_paid() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 10);
        aTill(brand, admin, "T1");
        windowOf(TABLET);
        openAShift(brand, "T1", "100");

        scan(codeOf(tea, admin));
        waitForText("cart-total", "¥15.00");
        // ¥1 off by hand, clicked into and typed at once: the click on the line and the scan's answer leave the focus
        // there (they gave it to the code input, so the "1" went into the code); the till's quote prices it (10 %)
        click("line-0-discount");
        driver.switchTo().activeElement().sendKeys("1", Keys.TAB);
        waitForText("cart-total", "¥14.00");
        waitForText("pricing-source", "server");

        press(Keys.F9);
        waitForText("pay-due", "¥14.00");
        click("add-tender-WECHAT_QR");
        waitForValue("tender-0-amount", "14.00");
        hook("tender-0-qr-note");
        click("pay-confirm");

        WebElement qr = hook("qr-image");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", qr))
                .intValue() > 0);
        waitForText("qr-amount", "¥14.00");
        assertThat(fitsTheWindow("qr-dialog")).isTrue();
        // the customer scans the QR and pays on the sandbox's page
        assertThat(payOnTheSandbox(hook("qr-pay-url").getText())).isEqualTo(303);

        waitForText("receipt-total", "¥14.00");
        assertThat(hook("receipt").getText()).contains("WeChat Pay", "¥14.00");
        String number = hook("receipt-number").getText().replaceAll(".* ", "");
        JsonNode order = api.get("/api/v1/orders/lookup?number=" + number, admin).body();
        assertThat(order.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(order.get("discountAmount").asLong()).isEqualTo(100);
        JsonNode shift = api.get("/api/v1/pos/shifts?storeId=" + brand.storeId(), admin).body().get("items").get(0);
        JsonNode report = Eventually.until("the QR sale in the shift", Duration.ofSeconds(30),
                () -> api.get("/api/v1/pos/shifts/" + shift.get("id").asString(), admin).body(),
                r -> r.get("salesCount").asLong() == 1);
        assertThat(report.get("salesFen").asLong()).isEqualTo(1400);
    }

    @Test
    void an_exchange_takes_a_line_back_and_sells_the_replacement_for_the_difference_on_a_phone() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 10);
        UUID cake = aSkuInStock(brand, admin, 800, 10);
        String till = aTill(brand, admin, "T1").toString();
        windowOf(PHONE);
        openAShift(brand, "T1", "100");
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Reply sold = api.post("/api/v1/pos/tills/" + till + "/sales", cashier, Map.of("clientSaleId",
                UUID.randomUUID(), "lines", List.of(Map.of("skuId", tea, "quantity", 1)), "tenders",
                List.of(Map.of("tender", "CASH", "amount", 1500, "cashTendered", 2000))));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(201);

        press(Keys.F3);
        keys("return-code", sold.body().get("number").asString(), Keys.ENTER);
        hook("return-order");
        WebElement quantity = driver.findElement(inside("return-line-0-quantity", "input"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.TAB);
        keys("field-return-reason", "Wrong flavour");
        click("return-submit");
        waitForText("return-done", "¥15.00");
        click("return-exchange");

        waitForText("exchange-banner", "¥15.00");
        assertThat(fitsTheWindow("exchange-banner")).isTrue();
        scan("2*" + codeOf(cake, admin));
        waitForText("cart-total", "¥16.00");
        press(Keys.F9);
        waitForText("pay-exchange", "¥1.00");
        keys("tender-0-cash", "20", Keys.ENTER);

        waitForText("receipt-total", "¥16.00");
        assertThat(present("exchange-banner")).isFalse();
        JsonNode shift = api.get("/api/v1/pos/tills/" + till + "/shift", admin).body();
        JsonNode report = api.get("/api/v1/pos/shifts/" + shift.get("id").asString(), admin).body();
        assertThat(report.get("salesFen").asLong()).isEqualTo(3100);
        assertThat(report.get("refundsFen").asLong()).isEqualTo(1500);
        assertThat(report.get("expectedCashFen").asLong()).as("float + ¥15 + ¥16 − ¥15 back").isEqualTo(11_600);
    }

    /** The customer confirms on the sandbox's pay page (what the QR encodes), its notification sent at once. */
    private static int payOnTheSandbox(String payUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("openid=&notify=now")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

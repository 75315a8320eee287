package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.Carts;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.Tender;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The store counter online: a sale to a member paid part cash, part card, with its receipt; an online order taken
 * back at the counter; a shift closed with the drawer a yuan short — at a desktop's, a tablet's and a phone's width.
 */
class PosCounterBrowserTest extends PosBrowserTest {

    @Autowired
    Carts carts;

    @Autowired
    Orders orders;

    @Test
    void a_cashier_sells_to_a_member_paid_in_cash_and_card_and_the_receipt_shows_both() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 10);
        UUID cake = aSkuInStock(brand, admin, 800, 10);
        aTill(brand, admin, "T1");
        Shoppers.Shopper member = Shoppers.aShopper(api, brand.code());
        openAShift(brand, "T1", "500");

        scan(codeOf(tea, admin));
        waitForText("line-0", "¥15.00");
        scan("2*" + codeOf(cake, admin));
        waitForText("cart-total", "¥31.00");
        waitForText("line-1-amount", "¥16.00");

        press(Keys.F2);
        keys("field-member", member.phone(), Keys.ENTER);
        waitForText("member-panel", member.phone().substring(7));
        waitForText("pricing-source", "server");

        press(Keys.F9);
        waitForText("pay-due", "¥31.00");
        retype("tender-0-amount", "20.00");
        click("add-tender-CARD");
        waitForValue("tender-1-amount", "11.00");
        keys("tender-1-reference", "POS-889900");
        keys("tender-0-cash", "50");
        waitForText("tender-0-change", "¥30.00");
        waitForText("pay-remaining", "¥0.00");
        keys("tender-0-cash", Keys.ENTER);

        waitForText("receipt-total", "¥31.00");
        assertThat(driver.findElements(By.cssSelector("[data-test='receipt-tender']"))).hasSize(2);
        assertThat(hook("receipt").getText()).contains("Cash", "¥20.00", "¥30.00", "Bank card", "¥11.00");
        WebElement qr = hook("receipt-qr");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", qr))
                .intValue() > 0);
        String number = hook("receipt-number").getText().replaceAll(".* ", "");
        JsonNode order = api.get("/api/v1/orders/lookup?number=" + number, admin).body();
        assertThat(order.get("channel").asString()).isEqualTo("POS");
        assertThat(order.get("customerId").asString()).isEqualTo(member.customerId().toString());
        assertThat(order.get("paid").asLong()).isEqualTo(3100);

        // Enter is the next sale; the screen fits a tablet and a phone
        press(Keys.ENTER);
        hook("sell-code");
        windowOf(TABLET);
        assertThat(fitsTheWindow("cart")).isTrue();
        assertThat(fitsTheWindow("pay")).isTrue();
        windowOf(PHONE);
        assertThat(fitsTheWindow("sell-code")).isTrue();
        assertThat(fitsTheWindow("pay")).isTrue();
    }

    @Test
    void an_online_order_is_taken_back_at_the_counter_and_refunded_to_its_tender() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 20);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        aTill(brand, admin, "T1");
        OrderView online = anOnlineOrderPaidInTheSandbox(brand, tea, 2);
        windowOf(TABLET);
        openAShift(brand, "T1", "300");

        press(Keys.F3);
        keys("return-code", online.number(), Keys.ENTER);
        hook("return-order");
        WebElement quantity = driver.findElement(inside("return-line-0-quantity", "input"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.TAB);
        click("restock-no");
        keys("field-return-reason", "Dented box");
        click("return-submit");

        waitForText("return-done", "¥15.00");
        waitForText("refund-WECHAT_PAY", "¥15.00");
        assertThat(fitsTheWindow("return-done")).isTrue();
        JsonNode order = api.get("/api/v1/orders/" + online.id(), admin).body();
        assertThat(order.get("refunded").asLong()).isEqualTo(1500);
    }

    @Test
    void a_shift_closed_a_yuan_short_shows_expected_counted_and_the_shortfall() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1250, 10);
        aTill(brand, admin, "T1");
        openAShift(brand, "T1", "100");

        scan(codeOf(tea, admin));
        waitForText("cart-total", "¥12.50");
        press(Keys.F9);
        keys("tender-0-cash", "20", Keys.ENTER);
        waitForText("receipt-total", "¥12.50");
        press(Keys.ENTER);

        press(Keys.F10);
        // expected: the ¥100 float and the ¥12.50 sale; counted: one 100, one 10, one 1 and 1 five-jiao: ¥111.50
        waitForText("expected-cash", "¥112.50");
        count(10000, 1);
        count(1000, 1);
        count(100, 1);
        count(50, 3);
        waitForText("counted-total", "¥112.50");
        count(50, 1);
        waitForText("counted-total", "¥111.50");
        waitForText("over-short-live", "¥-1.00");
        click("close-submit");

        waitForText("report-over-short", "¥-1.00");
        waitForText("report-counted", "¥111.50");
        waitForText("shift-status", "Closed");
        assertThat(hook("shift-report").getText()).contains("Short", "¥112.50");
        hook("report-print");
        hook("report-pdf");
        Reply shifts = api.get("/api/v1/pos/shifts?storeId=" + brand.storeId(), admin);
        JsonNode closed = shifts.body().get("items").get(0);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        JsonNode report = api.get("/api/v1/pos/shifts/" + closed.get("id").asString(), admin).body();
        assertThat(report.get("overShortFen").asLong()).isEqualTo(-100);
        assertThat(report.get("countedCashFen").asLong()).isEqualTo(11150);
    }

    @Test
    void a_line_voided_with_a_reason_goes_and_a_held_sale_comes_back_on_recall() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = aSkuInStock(brand, admin, 1500, 10);
        UUID cake = aSkuInStock(brand, admin, 800, 10);
        UUID till = aTill(brand, admin, "T1");
        openAShift(brand, "T1", "100");

        scan(codeOf(tea, admin));
        scan(codeOf(cake, admin));
        waitForText("cart-total", "¥23.00");
        press(Keys.F8);
        hook("void-dialog");
        click("void-confirm");
        assertThat(fieldError("void-reason")).isEqualTo("Required");
        keys("field-void-reason", "Scanned twice", Keys.ENTER);
        waitForText("cart-total", "¥15.00");
        assertThat(present("line-1")).isFalse();

        press(Keys.F4);
        waitForText("cart", "Scan the first item");
        JsonNode held = api.get("/api/v1/pos/tills/" + till + "/held-sales", admin).body().get("items");
        assertThat(held).hasSize(1);
        press(Keys.F5);
        click("recall");
        waitForText("cart-total", "¥15.00");
        waitForText("line-0", "¥15.00");
        assertThat(api.get("/api/v1/pos/tills/" + till + "/held-sales", admin).body().get("items")).isEmpty();
    }

    private void count(int denominationFen, int count) {
        WebElement input = driver.findElement(inside("count-" + denominationFen, "input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(count), Keys.TAB);
    }

    /** A customer's online order for delivery, paid by WeChat Pay on the sandbox's page as the storefront does. */
    private OrderView anOnlineOrderPaidInTheSandbox(Brand brand, UUID sku, long quantity) {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        carts.add(brand.tenantId(), shopper.customerId(), sku, quantity);
        OrderView order = carts.checkout(new PlaceOrder(brand.tenantId(), null, OrderChannel.ONLINE,
                Fulfilment.EXPRESS, shopper.customerId(), null, null, List.of(), new PlaceOrder.Address(null,
                "Lin Xiaoyu", shopper.phone(), "People's Square 1", new BigDecimal("31.2304"),
                new BigDecimal("121.4737")), null, null, UUID.randomUUID().toString()));
        Payment payment = orders.pay(new PayOrder(brand.tenantId(), order.id(), null, shopper.customerId(),
                Tender.WECHAT_PAY, null, null, null, UUID.randomUUID().toString()));
        assertThat(confirmOnThePayPage(payment.payUrl())).isEqualTo(303);
        return Eventually.until("order " + order.number() + " paid", Duration.ofSeconds(30),
                () -> orders.find(brand.tenantId(), order.id()).orElseThrow(), o -> o.paid() == o.total());
    }

    private static int confirmOnThePayPage(String payUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("openid=o-pos-test&notify=now")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

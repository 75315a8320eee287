package io.oneshelf.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.Tender;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The console's order screens: a store manager takes back an online order on a phone (390 px) and the refund goes
 * back to the gateway; the order list's filters and an order's timeline on a tablet (1024 px); the landing page's
 * figures of the day moving with a sale made meanwhile, at both widths.
 */
class OrderConsoleBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Autowired
    Carts carts;

    @Autowired
    Orders orders;

    @Test
    void a_store_takes_back_an_online_order_on_a_phone_and_the_refund_goes_back_to_the_gateway() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = teaIn(brand, admin, brand.warehouseId());
        OrderView order = anOnlineOrderPaidInTheSandbox(brand, tea, 2);
        windowOf(PHONE);
        signIn(brand.login("manager"), BrandFixture.PASSWORD);

        navigate("nav-orders");
        // sent from the warehouse, the order is not the store's: its number finds it all the same, for the return
        hook("filter-q").sendKeys(order.number(), Keys.ENTER);
        openTheOrder();
        WebElement gateway = hook("order-payment");
        assertThat(gateway.getAttribute("data-tender")).isEqualTo("WECHAT_PAY");
        assertThat(gateway.getAttribute("data-status")).isEqualTo("SUCCEEDED");
        assertThat(fitsTheWindow("order-return")).isTrue();
        click("order-return");
        WebElement quantity = hook("return-line-0").findElement(By.cssSelector("input"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        assertThat(fitsTheWindow("order-return-confirm")).isTrue();
        click("order-return-confirm");

        wait.until(ExpectedConditions.attributeToBe(inTheDrawer("order-status"), "data-status", "REFUNDED"));
        hook("order-return-row");
        String reference = "order:" + order.id();
        long goods = order.total() - order.shippingFee(); // a return gives back what the lines cost, not the delivery
        // the gateway confirms the refund by its own notification; the open drawer shows it when it came
        wait.withTimeout(Duration.ofSeconds(40)).until(ExpectedConditions.attributeToBe(
                inTheDrawer("order-payment"), "data-refunded", String.valueOf(goods)));
        wait.withTimeout(Duration.ofSeconds(15));
        hook("payment-refunded");
        assertThat(api.get("/api/v1/orders/" + order.id() + "/payments", admin).body().get(0).get("refunded")
                .asLong()).isEqualTo(goods);
        JsonNode check = api.get("/api/v1/payments/check?reference=" + reference, admin).body();
        assertThat(check.get("differences")).isEmpty();
        assertThat(check.get("referencesChecked").asInt()).isEqualTo(1);
    }

    @Test
    void on_a_tablet_the_list_filters_orders_and_an_order_shows_its_timeline_by_name() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = teaIn(brand, admin, brand.storeId());
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        Reply sale = place(cashier, tillSale(brand, tea, 2));
        Reply guided = place(guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(),
                "customerId", UUID.randomUUID(), "lines", List.of(Map.of("skuId", tea, "quantity", 1))));
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-orders");
        rows(2);
        chooseFilter("channel", "GUIDE");
        assertThat(rows(1).get(0).getText()).contains(guided.body().get("number").asString());
        chooseFilter("channel", "POS");
        chooseFilter("status", "CREATED");
        rows(0);
        chooseFilter("status", "COMPLETED");
        List<WebElement> tillSales = rows(1);
        assertThat(tillSales.get(0).getText()).contains(sale.body().get("number").asString()).contains("¥30.00");
        assertThat(fitsTheWindow("orders-table")).isTrue();

        openTheOrder();
        List<WebElement> steps = driver.findElements(By.cssSelector("[data-test='order-step']"));
        assertThat(steps).extracting(s -> s.getAttribute("data-to")).containsExactly("CREATED", "PAID", "COMPLETED");
        assertThat(steps.get(0).findElement(By.cssSelector("[data-test='step-actor']")).getText())
                .contains("cashier of " + brand.code());
        waitForText("order-staff", "cashier of " + brand.code());
        assertThat(hook("order-payment").getAttribute("data-tender")).isEqualTo("CASH");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(inTheDrawer("order-total"), "¥30.00"));
        assertThat(present("order-pay")).isFalse();
    }

    @Test
    void the_landing_page_shows_a_sale_made_meanwhile_without_reloading_and_only_the_managers_stores() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = teaIn(brand, admin, brand.storeId());
        stock(admin, tea, brand.otherStoreId());
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        place(cashier, tillSale(brand, tea, 1));
        windowOf(PHONE);
        signIn(brand.login("manager"), BrandFixture.PASSWORD);

        hook("dashboard");
        figures("1", "1500");
        assertThat(fitsTheWindow("dashboard-store")).isTrue();
        place(cashier, tillSale(brand, tea, 2));
        place(admin, tillSale(brand.otherStoreId(), tea, 3));

        figures("2", "4500");
        assertThat(driver.findElements(By.cssSelector("[data-test='dashboard-store']"))).hasSize(1);
        assertThat(hook("dashboard-channel").getAttribute("data-channel")).isEqualTo("POS");

        windowOf(TABLET);
        signOut();
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        figures("3", "9000");
        wait.until(d -> d.findElements(By.cssSelector("[data-test='dashboard-store']")).size() == 2);
        place(cashier, tillSale(brand, tea, 1));
        figures("4", "10500");
        assertThat(fitsTheWindow("dashboard-sales")).isTrue();
    }

    private void figures(String orders, String salesFen) {
        wait.withTimeout(Duration.ofSeconds(30)).until(ExpectedConditions.and(
                ExpectedConditions.attributeToBe(By.cssSelector("[data-test='dashboard-orders']"), "data-value",
                        orders),
                ExpectedConditions.attributeToBe(By.cssSelector("[data-test='dashboard-sales']"), "data-value",
                        salesFen)));
        wait.withTimeout(Duration.ofSeconds(15));
    }

    private static By inTheDrawer(String hook) {
        return By.cssSelector("[data-test='order-drawer'] [data-test='" + hook + "']");
    }

    private void openTheOrder() {
        rows(1);
        click("order-open");
        drawerReady("order");
    }

    private void chooseFilter(String field, String value) {
        click("filter-" + field);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-test='option-filter-" + field + "-" + value + "']"))).click();
    }

    /** Waits until the list shows exactly {@code n} orders (table rows or, on a phone, cards). */
    private List<WebElement> rows(int n) {
        By rows = By.cssSelector("[data-test='orders-table'] .el-table__body-wrapper tr.el-table__row, "
                                 + "[data-test='orders-table'] [data-test='list-card']");
        wait.until(d -> d.findElements(rows).size() == n
                         && d.findElements(By.cssSelector("[data-test='orders-table'].is-loading, "
                                                          + "[data-test='orders-table'] .el-loading-mask")).isEmpty());
        return driver.findElements(rows);
    }

    /** A tea at ¥15.00 with 20 in stock at the place, shared with online sales. */
    private UUID teaIn(Brand brand, String admin, UUID place) {
        UUID tea = skus.aPricedSku(brand, 1500);
        stock(admin, tea, place);
        return tea;
    }

    private void stock(String admin, UUID sku, UUID place) {
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", place,
                "quantity", 20)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + place, admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
    }

    /**
     * A customer signed in to the shop puts the tea in their cart, checks out for delivery and pays by WeChat Pay
     * on the sandbox's pay page, as the storefront does it; the order once paid.
     */
    private OrderView anOnlineOrderPaidInTheSandbox(Brand brand, UUID tea, long quantity) {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        carts.add(brand.tenantId(), shopper.customerId(), tea, quantity);
        OrderView order = carts.checkout(new PlaceOrder(brand.tenantId(), null, OrderChannel.ONLINE,
                Fulfilment.EXPRESS, shopper.customerId(), null, null, List.of(), new PlaceOrder.Address(null,
                "Lin Xiaoyu", shopper.phone(), "People's Square 1", new BigDecimal("31.2304"),
                new BigDecimal("121.4737")), null, null, UUID.randomUUID().toString()));
        Payment payment = orders.pay(new PayOrder(brand.tenantId(), order.id(), null, shopper.customerId(),
                Tender.WECHAT_PAY, null, null, null, UUID.randomUUID().toString()));
        assertThat(confirmOnThePayPage(payment.payUrl())).as("the pay page's redirect to its result").isEqualTo(303);
        return Eventually.until("order " + order.number() + " paid", Duration.ofSeconds(30),
                () -> orders.find(brand.tenantId(), order.id()).orElseThrow(), o -> o.paid() == o.total());
    }

    private static int confirmOnThePayPage(String payUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("openid=o-console-test&notify=now")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply place(String token, Map<String, Object> body) {
        Reply placed = api.post("/api/v1/orders", token, body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed;
    }

    private static Map<String, Object> tillSale(Brand brand, UUID sku, long quantity) {
        return tillSale(brand.storeId(), sku, quantity);
    }

    private static Map<String, Object> tillSale(UUID store, UUID sku, long quantity) {
        return Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", store,
                "lines", List.of(Map.of("skuId", sku, "quantity", quantity)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500 * quantity, "cashTendered", 5000)));
    }
}

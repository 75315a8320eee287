package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.cash;
import static io.oneshelf.pos.PosClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Returns at the counter: refunded to the order's tenders, cash out of the till's shift, whatever the channel. */
class PosReturnApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private StorefrontFixture shop;
    private PosClient cashier;
    private StockClient stock;
    private String till;
    private String shift;

    @BeforeEach
    void aTillWithAnOpenShift() {
        shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        stock = new StockClient(api, shop.admin());
        till = new PosClient(api, shop.admin()).aTill(shop.brand().storeId(), "T1");
        cashier = new PosClient(api, api.login(shop.brand().login("cashier"), BrandFixture.PASSWORD));
        shift = cashier.openShift(till, 5_000);
    }

    @Test
    void a_cash_refund_at_the_counter_leaves_the_tills_drawer() {
        Reply sale = cashier.sell(till, UUID.randomUUID(), List.of(line(shop.tea(), 2)), List.of(cash(3000, 3000)));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(cashier.report(shift).get("expectedCashFen").asLong()).isEqualTo(8_000);

        Reply back = api.post(PosClient.POS + "/tills/" + till + "/returns", cashier.token(), Map.of("orderId",
                sale.id(), "lines", List.of(Map.of("lineIndex", 0, "quantity", 1)), "restock", true,
                "reason", "changed mind"));

        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.body().get("amount").asLong()).isEqualTo(1500);
        JsonNode report = cashier.report(shift);
        assertThat(report.get("returnsCount").asLong()).isEqualTo(1);
        assertThat(report.get("refundsFen").asLong()).isEqualTo(1500);
        assertThat(PosClient.tender(report, "CASH").get("refundsFen").asLong()).isEqualTo(1500);
        assertThat(report.get("expectedCashFen").asLong()).isEqualTo(6_500);
        assertThat(stock.balance(shop.tea(), shop.brand().storeId())[0]).isEqualTo(9);
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void an_online_order_returned_at_the_counter_is_refunded_to_its_online_tender_not_the_drawer() {
        Shoppers.Shopper customer = Shoppers.aShopper(api, shop.brand().code());
        api.post(customer.path("/cart/items"), customer.accessToken(), Map.of("skuId", shop.tea(), "quantity", 2));
        Reply placed = api.post(customer.path("/orders"), customer.accessToken(),
                Map.of("fulfilment", "PICKUP", "storeId", shop.brand().storeId()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.id();
        Reply pay = api.post(customer.path("/orders/" + id + "/payments"), customer.accessToken(),
                Map.of("tender", "WECHAT_PAY"));
        assertThat(confirmOnTheSandboxPage(pay.body().get("payUrl").asString())).isEqualTo(303);
        Eventually.until("the order paid", Duration.ofSeconds(20), () -> api.get("/api/v1/orders/" + id,
                shop.admin()).body(), o -> o.get("paid").asLong() == 2800);

        Reply back = api.post(PosClient.POS + "/tills/" + till + "/returns", cashier.token(), Map.of("orderId", id,
                "lines", List.of(Map.of("lineIndex", 0, "quantity", 1)), "restock", true));

        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.body().get("amount").asLong()).isEqualTo(1400);
        // the gateway's refund succeeds when its notification comes
        Eventually.until("the order refunded", Duration.ofSeconds(20), () -> api.get("/api/v1/orders/" + id,
                shop.admin()).body(), o -> o.get("refunded").asLong() == 1400);
        JsonNode report = cashier.report(shift);
        assertThat(PosClient.tender(report, "WECHAT_PAY").get("refundsFen").asLong()).isEqualTo(1400);
        assertThat(PosClient.tender(report, "CASH")).isNull();
        assertThat(report.get("expectedCashFen").asLong()).as("no cash left the drawer").isEqualTo(5_000);
    }

    /** The payer confirms on the sandbox gateway's pay page (notified at once); answers the page's status. */
    private static int confirmOnTheSandboxPage(String payUrl) {
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

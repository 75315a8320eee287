package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.cash;
import static io.oneshelf.pos.PosClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
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
import tools.jackson.databind.JsonNode;

/** Returns at the counter: refunded to the order's tenders, cash out of the till's shift, whatever the channel. */
class PosReturnApiTest extends PosApiTest {

    private String shift;

    @BeforeEach
    void anOpenShift() {
        shift = pos.openShift(5_000);
    }

    @Test
    void a_cash_refund_at_the_counter_leaves_the_tills_drawer() {
        Reply sale = pos.sell(UUID.randomUUID(), List.of(line(pos.tea(), 2)), List.of(cash(3000, 3000)));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(pos.cashier().report(shift).get("expectedCashFen").asLong()).isEqualTo(8_000);

        Reply back = pos.returns(Map.of("orderId", sale.id(), "lines", List.of(Map.of("lineIndex", 0,
                "quantity", 1)), "restock", true, "reason", "changed mind"));

        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.body().get("amount").asLong()).isEqualTo(1500);
        JsonNode report = pos.cashier().report(shift);
        assertThat(report.get("returnsCount").asLong()).isEqualTo(1);
        assertThat(report.get("refundsFen").asLong()).isEqualTo(1500);
        assertThat(PosClient.tender(report, "CASH").get("refundsFen").asLong()).isEqualTo(1500);
        assertThat(report.get("expectedCashFen").asLong()).isEqualTo(6_500);
        assertThat(pos.teaInStock()).isEqualTo(9);
        pos.stock().assertLedgerMatchesBalances();
    }

    @Test
    void an_online_order_returned_at_the_counter_is_refunded_to_its_online_tender_not_the_drawer() {
        Shoppers.Shopper customer = Shoppers.aShopper(api, pos.brand().code());
        api.post(customer.path("/cart/items"), customer.accessToken(), Map.of("skuId", pos.tea(), "quantity", 2));
        Reply placed = api.post(customer.path("/orders"), customer.accessToken(),
                Map.of("fulfilment", "PICKUP", "storeId", pos.brand().storeId()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.id();
        Reply pay = api.post(customer.path("/orders/" + id + "/payments"), customer.accessToken(),
                Map.of("tender", "WECHAT_PAY"));
        assertThat(confirmOnTheSandboxPage(pay.body().get("payUrl").asString())).isEqualTo(303);
        Eventually.until("the order paid", Duration.ofSeconds(20), () -> api.get("/api/v1/orders/" + id,
                pos.admin()).body(), o -> o.get("paid").asLong() == 2800);

        Reply back = pos.returns(Map.of("orderId", id, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1)),
                "restock", true));

        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.body().get("amount").asLong()).isEqualTo(1400);
        // the gateway's refund succeeds when its notification comes
        Eventually.until("the order refunded", Duration.ofSeconds(20), () -> api.get("/api/v1/orders/" + id,
                pos.admin()).body(), o -> o.get("refunded").asLong() == 1400);
        JsonNode report = pos.cashier().report(shift);
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

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

/** A till sale paid by the customer scanning the till's QR: placed awaiting it, completed by its payment, once. */
class PosQrSaleApiTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
        till = new PosClient(api, shop.admin()).aTill(shop.brand().storeId(), "Q1");
        cashier = new PosClient(api, api.login(shop.brand().login("cashier"), BrandFixture.PASSWORD));
        shift = cashier.openShift(till, 0);
    }

    static Map<String, Object> qr(long amount) {
        return Map.of("tender", "WECHAT_PAY", "amount", amount, "qr", true);
    }

    private String qrSale(String orderId) {
        return PosClient.POS + "/tills/" + till + "/qr-sales/" + orderId;
    }

    @Test
    void a_sale_awaits_the_qr_and_its_payment_completes_it_and_records_it_in_the_shift_once() {
        UUID clientSaleId = UUID.randomUUID();
        // two teas at ¥15: ¥10 in cash, ¥20 by the till's QR
        Reply sale = cashier.sell(till, clientSaleId, List.of(line(shop.tea(), 2)), List.of(cash(1000, 1000),
                qr(2000)));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.body().get("status").asString()).isEqualTo("CREATED");
        JsonNode awaiting = api.get(qrSale(sale.id()), cashier.token()).body();
        assertThat(awaiting.get("qrAmount").asLong()).isEqualTo(2000);
        assertThat(awaiting.get("paymentStatus").asString()).isEqualTo("PENDING");
        assertThat(awaiting.get("payUrl").asString()).contains("/sandbox/wechatpay/pay/");
        assertThat(api.get(qrSale(sale.id()) + "/qr.png", cashier.token()).status()).isEqualTo(200);
        assertThat(stock.balance(shop.tea(), shop.brand().storeId())[0]).as("the goods are on the counter")
                .isEqualTo(8);
        assertThat(cashier.report(shift).get("salesCount").asLong()).as("not a sale before it is paid").isZero();
        Reply again = cashier.sell(till, clientSaleId, List.of(line(shop.tea(), 2)), List.of(cash(1000, 1000),
                qr(2000)));
        assertThat(again.id()).as("the same device sale is the same order").isEqualTo(sale.id());

        assertThat(pay(awaiting.get("payUrl").asString())).isEqualTo(303);

        JsonNode done = Eventually.until("the sale completed", PATIENCE,
                () -> api.get(qrSale(sale.id()), cashier.token()).body(),
                s -> s.get("status").asString().equals("COMPLETED"));
        assertThat(done.get("paymentStatus").asString()).isEqualTo("SUCCEEDED");
        JsonNode report = Eventually.until("the sale in the shift", PATIENCE, () -> cashier.report(shift),
                r -> r.get("salesCount").asLong() == 1);
        assertThat(report.get("salesFen").asLong()).isEqualTo(3000);
        assertThat(PosClient.tender(report, "WECHAT_PAY").get("salesFen").asLong()).isEqualTo(2000);
        assertThat(PosClient.tender(report, "CASH").get("salesFen").asLong()).isEqualTo(1000);
        assertThat(brands.count("sales_order", shop.brand().tenantId())).isEqualTo(1);
        assertThat(api.post(qrSale(sale.id()) + "/cancel", cashier.token(), Map.of()).status())
                .as("a paid QR is not cancelled").isEqualTo(409);
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void a_qr_not_paid_is_cancelled_its_stock_back_and_its_cash_refunded() {
        Reply sale = cashier.sell(till, UUID.randomUUID(), List.of(line(shop.tea(), 1)), List.of(cash(500, 500),
                qr(1000)));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        String payUrl = api.get(qrSale(sale.id()), cashier.token()).body().get("payUrl").asString();

        Reply cancelled = api.post(qrSale(sale.id()) + "/cancel", cashier.token(), Map.of());

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("paymentStatus").asString()).isEqualTo("CLOSED");
        assertThat(stock.balance(shop.tea(), shop.brand().storeId())[0]).isEqualTo(10);
        // the gateway's close follows the cancel's commit (payment's after-commit calls): awaited, then refused
        Eventually.until("the sandbox to close the QR's prepay", Duration.ofSeconds(20),
                () -> brands.jdbc().sql("select trade_state from wechatpay_sandbox_order where :url like '%' || id")
                        .param("url", payUrl).query(String.class).single(), "CLOSED"::equals);
        assertThat(pay(payUrl)).as("the closed QR cannot be paid").isNotEqualTo(303);
        assertThat(cashier.report(shift).get("salesCount").asLong()).isZero();
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void one_qr_per_sale_and_only_wechat_pay_has_one() {
        Reply two = cashier.sell(till, UUID.randomUUID(), List.of(line(shop.tea(), 2)), List.of(qr(1000), qr(2000)));
        Reply card = cashier.sell(till, UUID.randomUUID(), List.of(line(shop.tea(), 1)),
                List.of(Map.of("tender", "CARD", "amount", 1500, "reference", "T-1", "qr", true)));

        assertThat(two.status()).as(two.toString()).isEqualTo(400);
        assertThat(two.raw()).contains("tenders[1].tender");
        assertThat(card.status()).as(card.toString()).isEqualTo(400);
        assertThat(card.raw()).contains("tenders[0].tender");
        assertThat(brands.count("sales_order", shop.brand().tenantId())).isZero();
    }

    @Test
    void another_tills_order_is_not_found() {
        Reply sale = cashier.sell(till, UUID.randomUUID(), List.of(line(shop.tea(), 1)), List.of(qr(1500)));
        String other = new PosClient(api, shop.admin()).aTill(shop.brand().storeId(), "Q2");

        assertThat(api.get(PosClient.POS + "/tills/" + other + "/qr-sales/" + sale.id(), cashier.token()).status())
                .isEqualTo(404);
    }

    /** The customer confirms on the sandbox's pay page (the QR's content), its notification sent at once. */
    static int pay(String payUrl) {
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

package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.member.Customers;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * WeChat Pay at the till by the customer's payment code (付款碼支付): the sandbox charges it within the sale, so the
 * sale is paid at once or refused whole. Sandbox rules (decision 0044): digits 3–10 of a code name the payer, a code
 * ending 0000 is declined for want of balance.
 */
class TillMicropayApiTest extends ApiTest {

    private static final String CODE = "134567890123456789";
    private static final String PAYER = "o-sandbox-45678901";
    private static final String SHORT_OF_MONEY = "134567890123450000";

    @Autowired
    SkuFixture skus;

    @Autowired
    Customers customers;

    private Brand brand;
    private String cashier;
    private StockClient stock;
    private UUID tea;

    @BeforeEach
    void aStoreWithTeaInStock() {
        brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), "Passw0rd!");
        cashier = api.login(brand.login("cashier"), "Passw0rd!");
        stock = new StockClient(api, admin);
        tea = skus.aPricedSku(brand, 1500);
        assertThat(stock.receive(tea, brand.storeId(), 10).status()).isEqualTo(201);
    }

    @Test
    void a_scanned_payment_code_pays_the_sale_at_once_and_names_the_payer_who_becomes_the_members_identity() {
        Shoppers.Shopper member = Shoppers.aShopper(api, brand.code());
        Map<String, Object> body = sale(List.of(Map.of("tender", "CASH", "amount", 1000, "cashTendered", 1000),
                Map.of("tender", "WECHAT_PAY", "amount", 2000, "authCode", CODE)));
        body.put("customerId", member.customerId());

        Reply sale = api.post("/api/v1/orders", cashier, body);

        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(sale.body().get("paid").asLong()).isEqualTo(3000);
        JsonNode wechat = api.get("/api/v1/orders/" + sale.id() + "/payments", cashier).body().get(1);
        assertThat(wechat.get("tender").asString()).isEqualTo("WECHAT_PAY");
        assertThat(wechat.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(wechat.get("payerId").asString()).isEqualTo(PAYER);
        assertThat(wechat.get("transactionId").asString()).startsWith("4200");
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(8);
        Eventually.until("the payer's openid linked to the member", Duration.ofSeconds(30),
                () -> customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, PAYER),
                found -> found.isPresent() && found.get().id().equals(member.customerId()));
    }

    @Test
    void a_declined_code_refuses_the_whole_sale_on_its_tender_and_nothing_is_paid_or_sold() {
        Reply sale = api.post("/api/v1/orders", cashier, sale(List.of(
                Map.of("tender", "CASH", "amount", 1000, "cashTendered", 1000),
                Map.of("tender", "WECHAT_PAY", "amount", 2000, "authCode", SHORT_OF_MONEY))));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(400);
        assertThat(sale.raw()).contains("tenders[1].authCode", "NOT_ENOUGH");
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
        assertThat(brands.count("payment", brand.tenantId())).isZero();
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(10);
    }

    @Test
    void a_code_that_is_not_wechats_is_refused_before_the_gateway_is_asked() {
        Reply sale = api.post("/api/v1/orders", cashier, sale(List.of(
                Map.of("tender", "WECHAT_PAY", "amount", 3000, "authCode", "281234567890123456"))));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(400);
        assertThat(sale.raw()).contains("tenders[0].authCode");
        assertThat(brands.count("sales_order", brand.tenantId())).isZero();
    }

    @Test
    void a_gateway_tender_without_a_scanned_code_is_still_refused_at_the_till() {
        Reply sale = api.post("/api/v1/orders", cashier, sale(List.of(Map.of("tender", "WECHAT_PAY", "amount", 3000))));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(400);
        assertThat(sale.raw()).contains("tenders[0].tender");
    }

    @Test
    void a_replayed_sale_with_the_same_idempotency_key_answers_the_same_order_and_charges_the_code_once() {
        Map<String, Object> body = sale(List.of(Map.of("tender", "WECHAT_PAY", "amount", 3000, "authCode", CODE)));
        String key = UUID.randomUUID().toString();

        Reply first = api.send("POST", "/api/v1/orders", cashier, body, key);
        Reply replay = api.send("POST", "/api/v1/orders", cashier, body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(brands.count("sales_order", brand.tenantId())).isEqualTo(1);
        assertThat(brands.count("payment", brand.tenantId())).isEqualTo(1);
        String outTradeNo = brands.jdbc().sql("select out_trade_no from payment where tenant_id = :t")
                .param("t", brand.tenantId()).query(String.class).single();
        assertThat(brands.jdbc().sql("select count(*) from wechatpay_sandbox_order where out_trade_no = :no"
                        + " and trade_type = 'MICROPAY' and trade_state = 'SUCCESS'").param("no", outTradeNo)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(stock.balance(tea, brand.storeId())[0]).isEqualTo(8);
    }

    private Map<String, Object> sale(List<Map<String, Object>> tenders) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "lines", List.of(Map.of("skuId", tea, "quantity", 2))));
        body.put("tenders", tenders);
        return body;
    }
}

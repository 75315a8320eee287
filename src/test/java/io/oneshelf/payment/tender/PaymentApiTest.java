package io.oneshelf.payment.tender;

import static io.oneshelf.payment.tender.PaymentFixture.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Payments over HTTP for staff: the tenders of a reference, one tender, the active query, the ledger check. */
class PaymentApiTest extends ApiTest {

    @Autowired
    Payments payments;

    private PaymentFixture fixture;
    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrandWithPayments() {
        fixture = new PaymentFixture(payments, brands.jdbc());
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    @Test
    void staff_list_a_references_tenders_and_see_one_within_their_scope() {
        String order = anOrder();
        Payment cash = fixture.cash(brand.tenantId(), brand.storeId(), order, 1000, 1000);
        Payment card = fixture.card(brand.tenantId(), brand.storeId(), order, 500);
        fixture.cash(brand.tenantId(), brand.storeId(), anOrder(), 300, 500);

        Reply list = api.get("/api/v1/payments?reference=" + order, admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items")).extracting(i -> i.get("id").asString())
                .containsExactly(cash.id().toString(), card.id().toString());
        Reply one = api.get("/api/v1/payments/" + cash.id(), admin);
        assertThat(one.body().get("change").asLong()).isZero();
        assertThat(one.body().get("status").asString()).isEqualTo("SUCCEEDED");

        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/payments/" + cash.id(), manager).status()).isEqualTo(200);
        String otherStore = api.login(brand.login("othermanager"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/payments/" + cash.id(), otherStore).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/payments?reference=" + order, otherStore).body().get("items")).isEmpty();
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/payments?reference=" + order, guide).status()).isEqualTo(403);
        Brand other = brands.aBrand();
        String intruder = api.login(other.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/payments/" + cash.id(), intruder).status()).isEqualTo(404);
    }

    @Test
    void the_active_query_over_http_settles_a_payment_whose_notification_never_came() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 1888);
        PaymentFixture.payOnTheSandboxPage(pending, "oQuery", true);

        Reply queried = api.post("/api/v1/payments/" + pending.id() + "/query", admin, Map.of());
        assertThat(queried.status()).as(queried.toString()).isEqualTo(200);
        assertThat(queried.body().get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(queried.body().get("payerId").asString()).isEqualTo("oQuery");
        assertThat(api.post("/api/v1/payments/" + UUID.randomUUID() + "/query", admin, Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void the_check_reconciles_and_finds_a_tampered_book() {
        String order = anOrder();
        Payment cash = fixture.cash(brand.tenantId(), brand.storeId(), order, 2000, 2000);
        fixture.card(brand.tenantId(), brand.storeId(), order, 1000);
        payments.refund(new RefundPayment(brand.tenantId(), order, "return:1", 1500, null));
        String other = anOrder();
        fixture.card(brand.tenantId(), brand.storeId(), other, 700);

        JsonNode healthy = api.get("/api/v1/payments/check", admin).body();
        assertThat(healthy.get("differences")).isEmpty();
        assertThat(healthy.get("referencesChecked").asInt()).isEqualTo(2);
        assertThat(healthy.get("paymentsChecked").asLong()).isEqualTo(3);
        assertThat(healthy.get("refundsChecked").asLong()).isEqualTo(2);
        assertThat(healthy.get("entriesRead").asLong()).isEqualTo(5);

        // a tender's books changed behind the ledger's back (the database refuses more than its amount anyway)
        brands.jdbc().sql("update payment set refunded = refunded + 100 where id = :id").param("id", cash.id())
                .update();
        JsonNode broken = api.get("/api/v1/payments/check", admin).body();
        assertThat(broken.get("differences")).hasSize(1);
        assertThat(broken.get("differences").get(0).get("reference").asString()).isEqualTo(order);
        assertThat(broken.get("differences").get(0).get("ledgerRefunded").asLong()).isEqualTo(1500);
        assertThat(broken.get("differences").get(0).get("paymentsRefunded").asLong()).isEqualTo(1600);
        assertThat(api.get("/api/v1/payments/check?reference=" + other, admin).body().get("differences")).isEmpty();
        String finance = api.login(brand.login("finance"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/payments/check?reference=" + order, finance).body().get("differences"))
                .hasSize(1);
    }

    @Test
    void a_forged_notification_is_401_and_changes_nothing() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 100);
        String body = "{\"id\":\"forged\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{\"algorithm\":"
                      + "\"AEAD_AES_256_GCM\",\"ciphertext\":\"AAAA\",\"nonce\":\"abcdefghijkl\"}}";
        Reply forged = api.sendBytes("POST", "/api/v1/payments/notify/wechatpay", body.getBytes(StandardCharsets.UTF_8),
                null, Map.of("Wechatpay-Timestamp", String.valueOf(System.currentTimeMillis() / 1000),
                        "Wechatpay-Nonce", "N1", "Wechatpay-Serial", "PUB_KEY_ID_X",
                        "Wechatpay-Signature", "c2lnbmF0dXJl", "Content-Type", "application/json"));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
        assertThat(payments.find(brand.tenantId(), pending.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(api.sendBytes("POST", "/api/v1/payments/notify/wechatpay", new byte[0], null, Map.of()).status())
                .isEqualTo(401);
    }
}

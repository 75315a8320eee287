package io.oneshelf.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RSAPublicKeyNotificationConfig;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import io.oneshelf.payment.gateway.WechatPayKeys;
import io.oneshelf.payment.gateway.WechatPayKeys.SandboxSecrets;
import io.oneshelf.payment.gateway.WechatPayV3;
import io.oneshelf.payment.sandbox.SandboxBooks.Owed;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sandbox's notifications, checked by an independent verifier: the official WeChat Pay SDK's own
 * {@link NotificationParser} verifies their signature with the sandbox platform's public key and decrypts their
 * resource with the API v3 key. And the server refuses the same signed request sent twice (a replayed nonce).
 */
class SandboxNotificationTest extends ApiTest {

    @Autowired
    SandboxNotifier notifier;

    @Autowired
    WechatPayKeys keys;

    @Autowired
    SandboxGateway gateway;

    @Autowired
    SandboxBooks books;

    @Autowired
    io.oneshelf.payment.Payments payments;

    private static final String TRANSACTION = """
            {"appid":"wxd678efh567hg6787","mchid":"1900000109","out_trade_no":"%s","transaction_id":"4200009",\
            "trade_type":"NATIVE","bank_type":"OTHERS","success_time":"2026-05-01T16:00:00+08:00",\
            "payer":{"openid":"oSdk"},"trade_state":"SUCCESS","trade_state_desc":"支付成功","attach":"",\
            "amount":{"total":888,"payer_total":888,"currency":"CNY","payer_currency":"CNY"}}""";

    @Test
    void the_official_sdk_verifies_and_decrypts_a_sandbox_payment_notification() {
        SandboxNotifier.Signed signed = notifier.sign(owed("TRANSACTION.SUCCESS", "transaction",
                TRANSACTION.formatted("sdk" + UUID.randomUUID().toString().replace("-", "").substring(3))));

        Transaction parsed = sdk().parse(request(signed), Transaction.class);

        assertThat(parsed.getTradeState()).isEqualTo(Transaction.TradeStateEnum.SUCCESS);
        assertThat(parsed.getAmount().getTotal()).isEqualTo(888);
        assertThat(parsed.getPayer().getOpenid()).isEqualTo("oSdk");
        assertThat(parsed.getMchid()).isEqualTo(WechatPayKeys.SANDBOX_MCHID);
    }

    @Test
    void the_official_sdk_verifies_and_decrypts_a_sandbox_refund_notification() {
        String refund = "{\"mchid\":\"1900000109\",\"transaction_id\":\"4200009\",\"out_trade_no\":\"abc\","
                        + "\"refund_id\":\"5001\",\"out_refund_no\":\"r1\",\"refund_status\":\"SUCCESS\","
                        + "\"success_time\":\"2026-05-01T16:00:00+08:00\",\"user_received_account\":\"支付用户零钱\","
                        + "\"amount\":{\"total\":888,\"refund\":300,\"payer_total\":888,\"payer_refund\":300}}";
        SandboxNotifier.Signed signed = notifier.sign(owed("REFUND.SUCCESS", "refund", refund));

        RefundNotification parsed = sdk().parse(request(signed), RefundNotification.class);

        assertThat(parsed.getOutRefundNo()).isEqualTo("r1");
        assertThat(parsed.getAmount().getRefund()).isEqualTo(300);
        assertThat(parsed.getRefundStatus().name()).isEqualTo("SUCCESS");
    }

    @Test
    void the_sdk_refuses_a_sandbox_notification_whose_body_was_altered() {
        SandboxNotifier.Signed signed = notifier.sign(owed("TRANSACTION.SUCCESS", "transaction",
                TRANSACTION.formatted("altered")));
        RequestParam altered = new RequestParam.Builder().serialNumber(signed.headers().get(WechatPayV3.SERIAL))
                .nonce(signed.headers().get(WechatPayV3.NONCE)).timestamp(signed.headers().get(WechatPayV3.TIMESTAMP))
                .signature(signed.headers().get(WechatPayV3.SIGNATURE))
                .body(signed.body().replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCES5")).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sdk().parse(altered, Transaction.class))
                .isInstanceOf(com.wechat.pay.java.core.exception.ValidationException.class);
    }

    @Test
    void the_same_signed_notification_sent_twice_is_a_replay_and_refused() {
        SandboxNotifier.Signed signed = notifier.sign(owed("TRANSACTION.SUCCESS", "transaction",
                TRANSACTION.formatted("nosuchpayment" + UUID.randomUUID().toString().substring(0, 8))));
        // an unknown payment is 404 (the gateway tries again later) before any nonce is taken
        Reply first = api.sendBytes("POST", "/api/v1/payments/notify/wechatpay",
                signed.body().getBytes(StandardCharsets.UTF_8), null, signed.headers());
        assertThat(first.status()).isEqualTo(404);

        Reply forged = api.sendBytes("POST", "/api/v1/payments/notify/wechatpay",
                signed.body().replace("TRANSACTION", "TRANSACTI0N").getBytes(StandardCharsets.UTF_8), null,
                signed.headers());
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_verified_notification_replayed_byte_for_byte_is_refused_and_changes_nothing() {
        io.oneshelf.support.BrandFixture.Brand brand = brands.aBrand();
        String order = "order:" + UUID.randomUUID();
        io.oneshelf.payment.Payment pending = payments.take(new io.oneshelf.payment.TakePayment(brand.tenantId(),
                order, io.oneshelf.payment.Tender.WECHAT_PAY, 660, null, null, "replay", null, null,
                UUID.randomUUID().toString()));
        String prepayId = pending.payUrl().substring(pending.payUrl().lastIndexOf('/') + 1);
        gateway.pay(prepayId, "oReplay", true);
        String transaction = books.order(prepayId, false).orElseThrow().transactionId();
        Owed held = books.owedFor(transaction).get(0);
        SandboxNotifier.Signed signed = notifier.sign(held);
        byte[] bytes = signed.body().getBytes(StandardCharsets.UTF_8);

        assertThat(api.sendBytes("POST", "/api/v1/payments/notify/wechatpay", bytes, null, signed.headers()).status())
                .isEqualTo(200);
        Reply replay = api.sendBytes("POST", "/api/v1/payments/notify/wechatpay", bytes, null, signed.headers());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.header("Content-Type")).startsWith("application/problem+json");
        assertThat(payments.find(brand.tenantId(), pending.id()).orElseThrow().status())
                .isEqualTo(io.oneshelf.payment.PaymentStatus.SUCCEEDED);
        assertThat(payments.summary(brand.tenantId(), order).paid()).isEqualTo(660);
        // signed afresh (a new nonce), the same notification is a duplicate: 200, nothing more
        SandboxNotifier.Signed again = notifier.sign(held);
        assertThat(api.sendBytes("POST", "/api/v1/payments/notify/wechatpay",
                again.body().getBytes(StandardCharsets.UTF_8), null, again.headers()).status()).isEqualTo(200);
        assertThat(brands.jdbc().sql("select count(*) from payment_entry where payment_id = :p")
                .param("p", pending.id()).query(Long.class).single()).isEqualTo(1);
    }

    private NotificationParser sdk() {
        SandboxSecrets s = keys.sandbox();
        return new NotificationParser(new RSAPublicKeyNotificationConfig.Builder()
                .publicKey(keys.account().platformKey()).publicKeyId(s.platformKeyId())
                .apiV3Key(new String(s.apiV3Key(), StandardCharsets.UTF_8)).build());
    }

    private static RequestParam request(SandboxNotifier.Signed signed) {
        return new RequestParam.Builder().serialNumber(signed.headers().get(WechatPayV3.SERIAL))
                .nonce(signed.headers().get(WechatPayV3.NONCE)).timestamp(signed.headers().get(WechatPayV3.TIMESTAMP))
                .signature(signed.headers().get(WechatPayV3.SIGNATURE))
                .signType(signed.headers().get(WechatPayV3.SIGNATURE_TYPE)).body(signed.body()).build();
    }

    private static Owed owed(String type, String originalType, String plaintext) {
        return new Owed(UUID.randomUUID().toString(), "http://127.0.0.1:9/none", type, originalType, "支付成功",
                plaintext, true, 0, null, null, OffsetDateTime.now());
    }
}

package io.oneshelf.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.payment.gateway.PaymentProvider.TradeState;
import io.oneshelf.payment.gateway.WechatPayNotices.Notice;
import io.oneshelf.payment.gateway.WechatPayNotices.Refused;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The v3 signature and encryption. Notifications here are made by this test's own code, written from WeChat Pay's
 * published algorithm with java.security and javax.crypto alone (not with {@link WechatPayV3}), so that the
 * server's reader is checked against an independent writer.
 */
class WechatPayV3Test {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final byte[] API_V3_KEY = "0123456789abcdefghijklmnopqrstuv".getBytes(StandardCharsets.UTF_8);
    private static final KeyPair platform = rsa();
    private static final KeyPair merchant = rsa();

    private final WechatPayAccount account = new WechatPayAccount("1900000109", "wx1", "SERIAL1", merchant.getPrivate(),
            "PUB_KEY_ID_TEST", platform.getPublic(), API_V3_KEY, "http://127.0.0.1", true);
    private final WechatPayNotices notices = new WechatPayNotices(null, Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static final String TRANSACTION = """
            {"appid":"wx1","mchid":"1900000109","out_trade_no":"0197aaaabbbbccccddddeeeeffff0000",\
            "transaction_id":"4200000001","trade_type":"NATIVE","trade_state":"SUCCESS",\
            "success_time":"2026-05-01T16:00:00+08:00","payer":{"openid":"oPayer1"},\
            "amount":{"total":1234,"payer_total":1234,"currency":"CNY","payer_currency":"CNY"}}""";

    @Test
    void a_notification_signed_and_encrypted_as_v3_says_reads_back() {
        Map<String, String> headers = new HashMap<>();
        String body = notification(TRANSACTION, API_V3_KEY, platform.getPrivate(), NOW, "NONCE1", headers);

        Notice notice = notices.read(account, headers::get, body);

        assertThat(notice.id()).isEqualTo("note-1");
        assertThat(notice.eventType()).isEqualTo("TRANSACTION.SUCCESS");
        assertThat(notice.nonce()).isEqualTo("NONCE1");
        assertThat(notice.transaction().outTradeNo()).isEqualTo("0197aaaabbbbccccddddeeeeffff0000");
        assertThat(notice.transaction().state()).isEqualTo(TradeState.SUCCESS);
        assertThat(notice.transaction().amount()).isEqualTo(1234);
        assertThat(notice.transaction().payerId()).isEqualTo("oPayer1");
    }

    @Test
    void a_forged_signature_is_refused() {
        Map<String, String> headers = new HashMap<>();
        String body = notification(TRANSACTION, API_V3_KEY, platform.getPrivate(), NOW, "NONCE2", headers);
        String altered = body.replace("note-1", "note-2");

        assertThatThrownBy(() -> notices.read(account, headers::get, altered)).isInstanceOf(Refused.class)
                .hasMessageContaining("signature");
        headers.put(WechatPayV3.SIGNATURE, Base64.getEncoder().encodeToString(new byte[256]));
        assertThatThrownBy(() -> notices.read(account, headers::get, body)).isInstanceOf(Refused.class);
        headers.put(WechatPayV3.SIGNATURE, "not base64 at all!");
        assertThatThrownBy(() -> notices.read(account, headers::get, body)).isInstanceOf(Refused.class);
    }

    @Test
    void a_notification_signed_with_another_key_is_refused() {
        Map<String, String> headers = new HashMap<>();
        String body = notification(TRANSACTION, API_V3_KEY, rsa().getPrivate(), NOW, "NONCE3", headers);

        assertThatThrownBy(() -> notices.read(account, headers::get, body)).isInstanceOf(Refused.class)
                .hasMessageContaining("signature");
    }

    @Test
    void a_resource_encrypted_under_another_api_v3_key_is_refused() {
        Map<String, String> headers = new HashMap<>();
        byte[] otherKey = "vutsrqponmlkjihgfedcba9876543210".getBytes(StandardCharsets.UTF_8);
        String body = notification(TRANSACTION, otherKey, platform.getPrivate(), NOW, "NONCE4", headers);

        assertThatThrownBy(() -> notices.read(account, headers::get, body)).isInstanceOf(Refused.class)
                .hasMessageContaining("decrypt");
    }

    @Test
    void a_stale_or_future_timestamp_is_refused_and_one_within_the_window_is_not() {
        Map<String, String> headers = new HashMap<>();
        String stale = notification(TRANSACTION, API_V3_KEY, platform.getPrivate(), NOW.minusSeconds(301), "N5",
                headers);
        assertThatThrownBy(() -> notices.read(account, headers::get, stale)).isInstanceOf(Refused.class)
                .hasMessageContaining("timestamp");
        String future = notification(TRANSACTION, API_V3_KEY, platform.getPrivate(), NOW.plusSeconds(301), "N6",
                headers);
        assertThatThrownBy(() -> notices.read(account, headers::get, future)).isInstanceOf(Refused.class);
        String recent = notification(TRANSACTION, API_V3_KEY, platform.getPrivate(), NOW.minusSeconds(299), "N7",
                headers);
        assertThat(notices.read(account, headers::get, recent).id()).isEqualTo("note-1");
    }

    @Test
    void a_notification_without_its_headers_or_from_another_serial_is_refused() {
        Map<String, String> headers = new HashMap<>();
        String body = notification(TRANSACTION, API_V3_KEY, platform.getPrivate(), NOW, "N8", headers);
        headers.put(WechatPayV3.SERIAL, "PUB_KEY_ID_OTHER");
        assertThatThrownBy(() -> notices.read(account, headers::get, body)).isInstanceOf(Refused.class);
        headers.remove(WechatPayV3.SERIAL);
        assertThatThrownBy(() -> notices.read(account, headers::get, body)).isInstanceOf(Refused.class);
    }

    @Test
    void signatures_and_encryption_round_trip_and_match_the_independent_implementation() {
        String message = WechatPayV3.requestMessage("POST", "/v3/pay/transactions/native", 1554208460,
                "593BEC0C930BF1AFEB40B4A08C8FB242", "{\"a\":1}");
        assertThat(message).isEqualTo("POST\n/v3/pay/transactions/native\n1554208460\n"
                                      + "593BEC0C930BF1AFEB40B4A08C8FB242\n{\"a\":1}\n");
        // SHA256withRSA (PKCS#1 v1.5) is deterministic: both implementations give the same bytes
        assertThat(WechatPayV3.sign(merchant.getPrivate(), message)).isEqualTo(sign(merchant.getPrivate(), message));
        assertThat(WechatPayV3.verify(merchant.getPublic(), message, sign(merchant.getPrivate(), message))).isTrue();
        assertThat(WechatPayV3.verify(platform.getPublic(), message, sign(merchant.getPrivate(), message))).isFalse();

        String sealed = encrypt(API_V3_KEY, "transaction", "abcdefghijkl", "秘密 secret");
        assertThat(WechatPayV3.encrypt(API_V3_KEY, "transaction", "abcdefghijkl", "秘密 secret")).isEqualTo(sealed);
        assertThat(WechatPayV3.decrypt(API_V3_KEY, "transaction", "abcdefghijkl", sealed)).isEqualTo("秘密 secret");
        assertThatThrownBy(() -> WechatPayV3.decrypt(API_V3_KEY, "refund", "abcdefghijkl", sealed))
                .isInstanceOf(WechatPayV3.Unreadable.class);

        String header = WechatPayV3.authorization("1900000109", "SERIAL1", merchant.getPrivate(), "GET",
                "/v3/x?mchid=1", "", 1554208460, "NONCE");
        Map<String, String> parts = WechatPayV3.authorizationParts(header);
        assertThat(parts).containsEntry("mchid", "1900000109").containsEntry("serial_no", "SERIAL1")
                .containsEntry("timestamp", "1554208460").containsEntry("nonce_str", "NONCE");
        assertThat(WechatPayV3.verify(merchant.getPublic(), WechatPayV3.requestMessage("GET", "/v3/x?mchid=1",
                1554208460, "NONCE", ""), parts.get("signature"))).isTrue();
    }

    /** A v3 notification: the resource encrypted under the API v3 key, the body signed by the platform. */
    private static String notification(String plaintext, byte[] apiV3Key, PrivateKey signer, Instant at, String nonce,
                                       Map<String, String> headers) {
        String aeadNonce = "fdasflkja484";
        String body = "{\"id\":\"note-1\",\"create_time\":\"2026-05-01T16:00:00+08:00\",\"resource_type\":"
                      + "\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\","
                      + "\"resource\":{\"original_type\":\"transaction\",\"algorithm\":\"AEAD_AES_256_GCM\","
                      + "\"ciphertext\":\"" + encrypt(apiV3Key, "transaction", aeadNonce, plaintext) + "\","
                      + "\"associated_data\":\"transaction\",\"nonce\":\"" + aeadNonce + "\"}}";
        String timestamp = String.valueOf(at.getEpochSecond());
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Serial", "PUB_KEY_ID_TEST");
        headers.put("Wechatpay-Signature", sign(signer, timestamp + "\n" + nonce + "\n" + body + "\n"));
        return body;
    }

    private static String sign(PrivateKey key, String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encrypt(byte[] key, String associatedData, String nonce, String plaintext) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

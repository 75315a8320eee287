package io.oneshelf.payment.gateway;

import io.oneshelf.payment.gateway.PaymentProvider.GatewayRefund;
import io.oneshelf.payment.gateway.PaymentProvider.GatewayTransaction;
import io.oneshelf.payment.gateway.PaymentProvider.RefundState;
import io.oneshelf.payment.gateway.PaymentProvider.TradeState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a notification WeChat Pay (or the sandbox) posted: the signature over {@code timestamp\nnonce\nbody\n}
 * must verify with the platform key named by Wechatpay-Serial, the timestamp must be within
 * {@code oneshelf.payment.notify-tolerance} of now, and the resource must decrypt (AEAD_AES_256_GCM) under the
 * API v3 key. Anything else is {@link Refused} and must change nothing. Whether the nonce was seen before is the
 * caller's to check, in the transaction that applies the notification.
 */
@Component
public class WechatPayNotices {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final WechatPayKeys keys;
    private final Duration tolerance;
    private final Clock clock;

    @Autowired
    WechatPayNotices(WechatPayKeys keys, PaymentSettings settings) {
        this(keys, settings.notifyTolerance(), Clock.systemUTC());
    }

    WechatPayNotices(WechatPayKeys keys, Duration tolerance, Clock clock) {
        this.keys = keys;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** A verified, decrypted notification: a payment's ({@code transaction}) or a refund's ({@code refund}). */
    public record Notice(String id, String eventType, String nonce, GatewayTransaction transaction,
                         GatewayRefund refund) {
    }

    /** Not a notification of our gateway: forged, altered, stale, or unreadable. Says why, for the log only. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The notification, verified; {@code header} gives a request header by name. */
    public Notice read(Function<String, String> header, String body) {
        return read(keys.account(), header, body);
    }

    Notice read(WechatPayAccount account, Function<String, String> header, String body) {
        String timestamp = header.apply(WechatPayV3.TIMESTAMP);
        String nonce = header.apply(WechatPayV3.NONCE);
        String serial = header.apply(WechatPayV3.SERIAL);
        String signature = header.apply(WechatPayV3.SIGNATURE);
        if (timestamp == null || nonce == null || nonce.isBlank() || serial == null || signature == null
            || body == null) {
            throw new Refused("a Wechatpay- header or the body is missing");
        }
        if (!serial.equals(account.platformKeyId())) {
            throw new Refused("signed with another key: " + serial);
        }
        if (!WechatPayV3.verify(account.platformKey(), WechatPayV3.responseMessage(timestamp, nonce, body), signature)) {
            throw new Refused("the signature does not verify");
        }
        fresh(timestamp);
        JsonNode notification = parse(body);
        JsonNode resource = notification.path("resource");
        if (!WechatPayV3.ALGORITHM.equals(resource.path("algorithm").asString(""))) {
            throw new Refused("the resource is not " + WechatPayV3.ALGORITHM);
        }
        String plain;
        try {
            plain = WechatPayV3.decrypt(account.apiV3Key(), resource.path("associated_data").asString(null),
                    resource.path("nonce").asString(""), resource.path("ciphertext").asString(""));
        } catch (WechatPayV3.Unreadable e) {
            throw new Refused(e.getMessage());
        }
        String id = notification.path("id").asString("");
        String type = notification.path("event_type").asString("");
        if (id.isBlank()) {
            throw new Refused("the notification has no id");
        }
        JsonNode data = parse(plain);
        if (type.startsWith("TRANSACTION.")) {
            return new Notice(id, type, nonce, transaction(data), null);
        }
        if (type.startsWith("REFUND.")) {
            return new Notice(id, type, nonce, null, refund(data));
        }
        throw new Refused("an event type we do not handle: " + type);
    }

    private void fresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new Refused("the timestamp is not a number");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(tolerance) > 0) {
            throw new Refused("the timestamp is " + age.toSeconds() + " s away from now");
        }
    }

    private static GatewayTransaction transaction(JsonNode t) {
        try {
            return new GatewayTransaction(t.path("out_trade_no").asString(), t.path("transaction_id").asString(),
                    TradeState.valueOf(t.path("trade_state").asString()), t.path("amount").path("total").asLong(),
                    t.path("payer").path("openid").asString(null), time(t.path("success_time").asString(null)));
        } catch (RuntimeException e) {
            throw new Refused("the transaction is malformed");
        }
    }

    private static GatewayRefund refund(JsonNode r) {
        try {
            return new GatewayRefund(r.path("out_trade_no").asString(), r.path("out_refund_no").asString(),
                    r.path("refund_id").asString(), RefundState.valueOf(r.path("refund_status").asString()),
                    r.path("amount").path("refund").asLong());
        } catch (RuntimeException e) {
            throw new Refused("the refund is malformed");
        }
    }

    private static OffsetDateTime time(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text);
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new Refused("not a JSON object");
            }
            return node;
        } catch (RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("not JSON");
        }
    }
}

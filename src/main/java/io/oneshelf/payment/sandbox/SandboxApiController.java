package io.oneshelf.payment.sandbox;

import io.oneshelf.payment.gateway.PaymentSettings;
import io.oneshelf.payment.gateway.WechatPayKeys;
import io.oneshelf.payment.gateway.WechatPayKeys.SandboxSecrets;
import io.oneshelf.payment.gateway.WechatPayV3;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox WeChat Pay API v3, under {@code /sandbox/wechatpay}: Native prepay, code payments (付款碼), query and
 * close by out_trade_no, domestic refunds and their query. Every request must carry the sandbox merchant's
 * {@code Authorization: WECHATPAY2-SHA256-RSA2048 …} signature over the v3 path (without the /sandbox/wechatpay
 * prefix), within 5 minutes, with a nonce not seen before; every answer is signed with the sandbox platform key in
 * the Wechatpay- headers, so that the merchant (the SDK) verifies it. Errors are v3's {"code", "message"}.
 */
@Hidden
@RestController
@RequestMapping("/sandbox/wechatpay/v3")
@ConditionalOnProperty(name = "oneshelf.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxApiController {

    static final String PREFIX = "/sandbox/wechatpay";
    private static final long WINDOW_SECONDS = 300;

    private final SandboxGateway gateway;
    private final SandboxTransfers transfers;
    private final WechatPayKeys keys;
    private final PaymentSettings settings;
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();

    SandboxApiController(SandboxGateway gateway, SandboxTransfers transfers, WechatPayKeys keys,
                         PaymentSettings settings) {
        this.gateway = gateway;
        this.transfers = transfers;
        this.keys = keys;
        this.settings = settings;
    }

    @PostMapping("/pay/transactions/native")
    ResponseEntity<String> prepay(HttpServletRequest request) throws IOException {
        JsonNode body = verified(request);
        SandboxGateway.NewOrder order = new SandboxGateway.NewOrder(text(body, "appid"), text(body, "mchid"),
                text(body, "description"), text(body, "out_trade_no"),
                OffsetDateTime.parse(body.path("time_expire").asString(OffsetDateTime.now().plusHours(2).toString())),
                text(body, "notify_url"), body.path("amount").path("total").asLong(),
                body.path("amount").path("currency").asString("CNY"));
        SandboxOrder opened = gateway.open(order);
        // the payer's phone opens it: this server's public address when one is configured
        String url = request.getRequestURL().toString();
        String base = settings.notifyBaseUrl() == null || settings.notifyBaseUrl().isBlank()
                ? url.substring(0, url.indexOf(PREFIX)) : settings.notifyBaseUrl().replaceAll("/+$", "");
        String payUrl = base + PREFIX + "/pay/" + opened.id();
        return signed(200, Map.of("code_url", payUrl));
    }

    /** A code payment (付款碼): charged at once, answered with the transaction (see {@link SandboxCodes}). */
    @PostMapping("/pay/transactions/codepay")
    ResponseEntity<String> codePay(HttpServletRequest request) throws IOException {
        JsonNode body = verified(request);
        SandboxGateway.NewOrder order = new SandboxGateway.NewOrder(text(body, "appid"), text(body, "mchid"),
                text(body, "description"), text(body, "out_trade_no"), OffsetDateTime.now(), "",
                body.path("amount").path("total").asLong(), body.path("amount").path("currency").asString("CNY"));
        SandboxOrder paid = gateway.codePay(order, body.path("payer").path("auth_code").asString(""));
        return signed(200, SandboxJson.transaction(paid, OffsetDateTime.now()));
    }

    @GetMapping("/pay/transactions/out-trade-no/{outTradeNo}")
    ResponseEntity<String> query(@PathVariable String outTradeNo, HttpServletRequest request) throws IOException {
        verified(request);
        SandboxSecrets s = keys.sandbox();
        return signed(200, SandboxJson.transaction(gateway.byOutTradeNo(s.mchid(), outTradeNo), OffsetDateTime.now()));
    }

    @PostMapping("/pay/transactions/out-trade-no/{outTradeNo}/close")
    ResponseEntity<String> close(@PathVariable String outTradeNo, HttpServletRequest request) throws IOException {
        verified(request);
        gateway.close(keys.sandbox().mchid(), outTradeNo);
        return signed(204, null);
    }

    @PostMapping("/refund/domestic/refunds")
    ResponseEntity<String> refund(HttpServletRequest request) throws IOException {
        JsonNode body = verified(request);
        return signed(200, gateway.refund(keys.sandbox().mchid(), text(body, "out_trade_no"),
                text(body, "out_refund_no"), body.path("amount").path("refund").asLong(),
                body.path("amount").path("total").asLong(), body.path("reason").asString(null),
                body.path("notify_url").asString(null)));
    }

    @GetMapping("/refund/domestic/refunds/{outRefundNo}")
    ResponseEntity<String> refundState(@PathVariable String outRefundNo, HttpServletRequest request)
            throws IOException {
        verified(request);
        return signed(200, gateway.refundState(keys.sandbox().mchid(), outRefundNo));
    }

    /** A transfer to a payee's balance, one detail per batch (see {@link SandboxTransfers}). */
    @PostMapping("/transfer/batches")
    ResponseEntity<String> transfer(HttpServletRequest request) throws IOException {
        JsonNode body = verified(request);
        JsonNode detail = body.path("transfer_detail_list").path(0);
        return signed(200, transfers.transfer(keys.sandbox().mchid(), text(body, "out_batch_no"),
                detail.path("openid").asString(""), detail.path("transfer_amount").asLong()));
    }

    @ExceptionHandler(SandboxGateway.Refusal.class)
    ResponseEntity<String> refused(SandboxGateway.Refusal e) {
        return signed(e.status, SandboxJson.error(e.code, e.getMessage()));
    }

    /** The request's JSON body, once its merchant signature, timestamp and nonce have been checked. */
    private JsonNode verified(HttpServletRequest request) throws IOException {
        String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
        SandboxSecrets s = keys.sandbox();
        Map<String, String> auth = WechatPayV3.authorizationParts(request.getHeader("Authorization"));
        String url = request.getRequestURI().substring(PREFIX.length())
                     + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long timestamp;
        try {
            timestamp = Long.parseLong(auth.getOrDefault("timestamp", ""));
        } catch (NumberFormatException e) {
            throw new SandboxGateway.Refusal(401, "SIGN_ERROR", "签名错误 (no valid Authorization)");
        }
        if (!s.mchid().equals(auth.get("mchid")) || !s.merchantSerial().equals(auth.get("serial_no"))
            || !WechatPayV3.verify(s.merchantKey(), WechatPayV3.requestMessage(request.getMethod(), url, timestamp,
                auth.get("nonce_str"), body), auth.get("signature"))) {
            throw new SandboxGateway.Refusal(401, "SIGN_ERROR", "签名错误 (the signature does not verify)");
        }
        long now = Instant.now().getEpochSecond();
        if (Math.abs(now - timestamp) > WINDOW_SECONDS) {
            throw new SandboxGateway.Refusal(401, "SIGN_ERROR", "请求时间戳过期 (stale timestamp)");
        }
        nonces.values().removeIf(seen -> seen < now - 2 * WINDOW_SECONDS);
        if (nonces.putIfAbsent(auth.get("nonce_str"), now) != null) {
            throw new SandboxGateway.Refusal(401, "SIGN_ERROR", "请求重放 (nonce used before)");
        }
        try {
            return body.isBlank() ? SandboxJson.json.createObjectNode() : SandboxJson.json.readTree(body);
        } catch (RuntimeException e) {
            throw new SandboxGateway.Refusal(400, "PARAM_ERROR", "JSON 格式错误 (malformed JSON)");
        }
    }

    private static String text(JsonNode body, String field) {
        String value = body.path(field).asString("");
        if (value.isBlank()) {
            throw new SandboxGateway.Refusal(400, "PARAM_ERROR", "缺少参数 " + field + " (missing)");
        }
        return value;
    }

    /** An answer signed with the platform key, as v3 answers. */
    private ResponseEntity<String> signed(int status, Object value) {
        SandboxSecrets s = keys.sandbox();
        String body = value == null ? "" : SandboxJson.write(value);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = WechatPayV3.nonce(32);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.valueOf(status))
                .header("Request-ID", UUID.randomUUID().toString())
                .header(WechatPayV3.TIMESTAMP, timestamp).header(WechatPayV3.NONCE, nonce)
                .header(WechatPayV3.SERIAL, s.platformKeyId())
                .header(WechatPayV3.SIGNATURE, WechatPayV3.sign(s.platformKey(),
                        WechatPayV3.responseMessage(timestamp, nonce, body)));
        return value == null ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(body);
    }
}

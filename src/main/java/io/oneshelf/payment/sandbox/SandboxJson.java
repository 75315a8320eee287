package io.oneshelf.payment.sandbox;

import io.oneshelf.payment.sandbox.SandboxBooks.SandboxRefund;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox's JSON, shaped as WeChat Pay API v3 writes it (snake_case, times with +08:00). */
final class SandboxJson {

    static final JsonMapper json = JsonMapper.builder().build();
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private SandboxJson() {
    }

    static String write(Object value) {
        return json.writeValueAsString(value);
    }

    static String time(OffsetDateTime t) {
        return t == null ? null
                : t.withOffsetSameInstant(CHINA).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A transaction (query answer, TRANSACTION.SUCCESS resource). */
    static Map<String, Object> transaction(SandboxOrder o, OffsetDateTime now) {
        String state = o.state(now);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("appid", o.appid());
        t.put("mchid", o.mchid());
        t.put("out_trade_no", o.outTradeNo());
        if (o.paid()) {
            t.put("transaction_id", o.transactionId());
            t.put("trade_type", o.tradeType());
            t.put("bank_type", "OTHERS");
            t.put("success_time", time(o.successTime()));
            t.put("payer", Map.of("openid", o.payerOpenid()));
        }
        t.put("trade_state", state);
        t.put("trade_state_desc", switch (state) {
            case "SUCCESS" -> "支付成功";
            case "REFUND" -> "转入退款";
            case "CLOSED" -> "已关闭";
            default -> "未支付";
        });
        t.put("attach", "");
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", o.total());
        if (o.paid()) {
            amount.put("payer_total", o.total());
        }
        amount.put("currency", o.currency());
        amount.put("payer_currency", o.currency());
        t.put("amount", amount);
        return t;
    }

    /** A refund (create and query answers). */
    static Map<String, Object> refund(SandboxRefund r, SandboxOrder o, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refund_id", r.refundId());
        body.put("out_refund_no", r.outRefundNo());
        body.put("transaction_id", o.transactionId());
        body.put("out_trade_no", o.outTradeNo());
        body.put("channel", "ORIGINAL");
        body.put("user_received_account", "支付用户零钱");
        if ("SUCCESS".equals(status)) {
            body.put("success_time", time(r.successTime()));
        }
        body.put("create_time", time(r.createdAt()));
        body.put("status", status);
        body.put("funds_account", "AVAILABLE");
        body.put("amount", refundAmount(r, o));
        return body;
    }

    /** A REFUND.SUCCESS resource. */
    static Map<String, Object> refundNotice(String mchid, SandboxRefund r, SandboxOrder o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mchid", mchid);
        body.put("transaction_id", o.transactionId());
        body.put("out_trade_no", o.outTradeNo());
        body.put("refund_id", r.refundId());
        body.put("out_refund_no", r.outRefundNo());
        body.put("refund_status", "SUCCESS");
        body.put("success_time", time(r.successTime()));
        body.put("user_received_account", "支付用户零钱");
        body.put("amount", Map.of("total", o.total(), "refund", r.amount(), "payer_total", o.total(),
                "payer_refund", r.amount()));
        return body;
    }

    private static Map<String, Object> refundAmount(SandboxRefund r, SandboxOrder o) {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", o.total());
        amount.put("refund", r.amount());
        amount.put("payer_total", o.total());
        amount.put("payer_refund", r.amount());
        amount.put("settlement_refund", r.amount());
        amount.put("settlement_total", o.total());
        amount.put("discount_refund", 0);
        amount.put("currency", o.currency());
        return amount;
    }

    static Map<String, Object> error(String code, String message) {
        return Map.of("code", code, "message", message);
    }
}

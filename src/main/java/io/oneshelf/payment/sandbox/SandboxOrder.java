package io.oneshelf.payment.sandbox;

import java.time.OffsetDateTime;

/** A payment as the sandbox gateway books it (WeChat Pay's "order"): NOTPAY until the payer confirms. */
record SandboxOrder(String id, String mchid, String appid, String outTradeNo, String transactionId,
                    String description, long total, String currency, String notifyUrl, String tradeState,
                    String payerOpenid, OffsetDateTime timeExpire, OffsetDateTime successTime, long refunded,
                    String tradeType) {

    /** Its state now: an unpaid order past its expiry is closed. */
    String state(OffsetDateTime now) {
        return "NOTPAY".equals(tradeState) && now.isAfter(timeExpire) ? "CLOSED" : tradeState;
    }

    boolean paid() {
        return "SUCCESS".equals(tradeState) || "REFUND".equals(tradeState);
    }
}

package io.oneshelf.payment.gateway;

import java.time.OffsetDateTime;

/**
 * An online payment gateway as the payment module uses it: open a payment the customer then pays by a link or QR
 * code, ask about it (for a notification that never came), close it, refund it. What the gateway then notifies is
 * read by {@link WechatPayNotices}. A gateway that cannot be reached throws {@link GatewayUnavailable}; one that
 * refuses throws {@link GatewayRefused} with its code.
 */
public interface PaymentProvider {

    /** Opens a payment of {@code amount} fen the customer pays at the answered URL before {@code expiresAt}. */
    String prepay(String outTradeNo, String description, long amount, OffsetDateTime expiresAt, String notifyUrl);

    /**
     * Charges the payer of the payment code {@code authCode} (付款碼, scanned at a till) {@code amount} fen at once
     * (WeChat Pay's code payment, {@code POST /v3/pay/transactions/codepay}): the answer is the transaction, SUCCESS
     * with the payer's openid; a code the gateway declines (invalid, expired, not enough balance) is
     * {@link GatewayRefused} with its code. {@code storeId} is the merchant's number of the store it is taken at.
     */
    GatewayTransaction codePay(String outTradeNo, String description, long amount, String authCode, String storeId);

    /** What the gateway knows of the payment now. */
    GatewayTransaction query(String outTradeNo);

    /** Closes an unpaid payment; false when the gateway says it was paid already (code ORDERPAID). */
    boolean close(String outTradeNo);

    /** Asks for {@code amount} of a paid payment (of {@code total}) back; the outcome is notified later. */
    GatewayRefund refund(String outTradeNo, String outRefundNo, long amount, long total, String reason,
                         String notifyUrl);

    /** What the gateway knows of a refund now. */
    GatewayRefund queryRefund(String outRefundNo);

    /**
     * Pays {@code amount} fen from the merchant to the payee {@code openid} (商家轉賬到零錢, WeChat Pay v3's
     * {@code POST /v3/transfer/batches}, one detail per batch): a batch number asked again answers the batch made
     * first, so a retried payout pays once. A payee or amount the gateway refuses is {@link GatewayRefused}.
     */
    GatewayTransfer transfer(String outBatchNo, String openid, long amount, String remark);

    /** A transfer as the gateway reports it: its batch id and status ({@code ACCEPTED}, {@code FINISHED} …). */
    record GatewayTransfer(String outBatchNo, String batchId, String status) {
    }

    /** A payment as the gateway reports it. */
    record GatewayTransaction(String outTradeNo, String transactionId, TradeState state, long amount,
                              String payerId, OffsetDateTime successTime) {
    }

    /** WeChat Pay's trade states. */
    enum TradeState { SUCCESS, REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING, PAYERROR }

    /** A refund as the gateway reports it. */
    record GatewayRefund(String outTradeNo, String outRefundNo, String refundId, RefundState state, long amount) {
    }

    /** WeChat Pay's refund states. */
    enum RefundState { SUCCESS, CLOSED, PROCESSING, ABNORMAL }

    /** The gateway could not be reached or failed (no answer, 5xx, an answer whose signature does not verify). */
    final class GatewayUnavailable extends RuntimeException {
        public GatewayUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The gateway refused the request (4xx), with its error code, e.g. ORDERPAID, NOT_ENOUGH. */
    final class GatewayRefused extends RuntimeException {
        private final String code;

        public GatewayRefused(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}

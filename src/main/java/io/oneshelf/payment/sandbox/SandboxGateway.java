package io.oneshelf.payment.sandbox;

import io.oneshelf.payment.sandbox.SandboxBooks.Owed;
import io.oneshelf.payment.sandbox.SandboxBooks.SandboxRefund;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sandbox WeChat Pay gateway does with a merchant's orders and refunds, and when it owes the merchant a
 * notification: after the payer confirms (TRANSACTION.SUCCESS) and after a refund (REFUND.SUCCESS; the sandbox's
 * refunds succeed at once, answered PROCESSING as the real gateway answers them). Notifications are sent by
 * {@link SandboxNotifier} once these transactions commit.
 */
@Service
@ConditionalOnProperty(name = "oneshelf.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxGateway {

    /** The gateway's refusal, as v3's {"code", "message"} with an HTTP status. */
    static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    /** A Native order to open. */
    record NewOrder(String appid, String mchid, String description, String outTradeNo, OffsetDateTime timeExpire,
                    String notifyUrl, long total, String currency) {
    }

    private final SandboxBooks books;
    private final SandboxNotifier notifier;

    SandboxGateway(SandboxBooks books, SandboxNotifier notifier) {
        this.books = books;
        this.notifier = notifier;
    }

    /** Opens the order (the same out_trade_no answers the order opened first, if it asks the same). */
    @Transactional
    SandboxOrder open(NewOrder n) {
        String id = "wx" + WechatIds.digits(30);
        books.insert(new SandboxOrder(id, n.mchid(), n.appid(), n.outTradeNo(), "4200" + WechatIds.digits(24),
                n.description(), n.total(), n.currency(), n.notifyUrl(), "NOTPAY", null, n.timeExpire(), null, 0,
                "NATIVE"));
        SandboxOrder o = books.byOutTradeNo(n.mchid(), n.outTradeNo(), false).orElseThrow();
        if (o.total() != n.total()) {
            throw new Refusal(400, "INVALID_REQUEST", "同一商户订单号的参数不一致 (out_trade_no used with another amount)");
        }
        return o;
    }

    /**
     * Charges the payer of a payment code at once (付款碼): the code must look like WeChat's (18 digits, 10–15 first)
     * and the sandbox's rules of {@link SandboxCodes} decide whether the payer has the money; no notification
     * follows (the answer is the outcome). The same out_trade_no answers the payment it made first.
     */
    @Transactional
    SandboxOrder codePay(NewOrder n, String authCode) {
        SandboxCodes.Payer payer = SandboxCodes.payer(authCode);
        Optional<SandboxOrder> earlier = books.byOutTradeNo(n.mchid(), n.outTradeNo(), true);
        if (earlier.isPresent()) {
            if (earlier.get().total() != n.total() || !"MICROPAY".equals(earlier.get().tradeType())) {
                throw new Refusal(400, "INVALID_REQUEST", "同一商户订单号的参数不一致 (out_trade_no used with another payment)");
            }
            return earlier.get();
        }
        String id = "wx" + WechatIds.digits(30);
        books.insert(new SandboxOrder(id, n.mchid(), n.appid(), n.outTradeNo(), "4200" + WechatIds.digits(24),
                n.description(), n.total(), n.currency(), "", "NOTPAY", null, n.timeExpire(), null, 0, "MICROPAY"));
        books.paid(id, payer.openid());
        return books.order(id, false).orElseThrow();
    }

    Optional<SandboxOrder> order(String id) {
        return books.order(id, false);
    }

    SandboxOrder byOutTradeNo(String mchid, String outTradeNo) {
        return books.byOutTradeNo(mchid, outTradeNo, false)
                .orElseThrow(() -> new Refusal(404, "ORDER_NOT_EXIST", "订单不存在 (no such order)"));
    }

    /**
     * The payer confirms: the order is paid and the merchant is owed TRANSACTION.SUCCESS, sent at once or held for
     * a manual send. An order that is not open any more cannot be paid.
     */
    @Transactional
    SandboxOrder pay(String id, String openid, boolean holdNotification) {
        SandboxOrder o = books.order(id, true).orElseThrow(() -> new Refusal(404, "ORDER_NOT_EXIST", "no such order"));
        String state = o.state(OffsetDateTime.now());
        if (!"NOTPAY".equals(state)) {
            throw new Refusal(409, state, "the order is " + state);
        }
        books.paid(id, openid);
        SandboxOrder paid = books.order(id, false).orElseThrow();
        books.owe(new Owed(UUID.randomUUID().toString(), paid.notifyUrl(), "TRANSACTION.SUCCESS", "transaction",
                "支付成功", SandboxJson.write(SandboxJson.transaction(paid, OffsetDateTime.now())), holdNotification,
                0, null, null, null));
        notifier.wakeAfterCommit();
        return paid;
    }

    /** Closes an unpaid order; a paid one is refused with ORDERPAID. */
    @Transactional
    void close(String mchid, String outTradeNo) {
        SandboxOrder o = books.byOutTradeNo(mchid, outTradeNo, true)
                .orElseThrow(() -> new Refusal(404, "ORDER_NOT_EXIST", "订单不存在 (no such order)"));
        if (o.paid()) {
            throw new Refusal(400, "ORDERPAID", "订单已支付 (the order is paid)");
        }
        books.state(o.id(), "CLOSED");
    }

    /** Refunds part or all of a paid order; never more than it took. */
    @Transactional
    Object refund(String mchid, String outTradeNo, String outRefundNo, long amount, long total, String reason,
                  String notifyUrl) {
        SandboxOrder o = books.byOutTradeNo(mchid, outTradeNo, true)
                .orElseThrow(() -> new Refusal(404, "RESOURCE_NOT_EXISTS", "订单不存在 (no such order)"));
        Optional<SandboxRefund> earlier = books.refund(mchid, outRefundNo);
        if (earlier.isPresent()) {
            return SandboxJson.refund(earlier.get(), o, earlier.get().status());
        }
        if (!o.paid()) {
            throw new Refusal(400, "INVALID_REQUEST", "订单未支付 (the order is not paid)");
        }
        if (total != o.total() || amount <= 0 || o.refunded() + amount > o.total()) {
            throw new Refusal(400, "INVALID_REQUEST", "退款金额无效 (the refund exceeds what is left)");
        }
        books.insert(mchid, new SandboxRefund("50" + WechatIds.digits(30), outRefundNo, o.id(), amount, "SUCCESS",
                null, null), reason, notifyUrl);
        books.refunded(o.id(), amount);
        SandboxRefund r = books.refund(mchid, outRefundNo).orElseThrow();
        if (notifyUrl != null && !notifyUrl.isBlank()) {
            books.owe(new Owed(UUID.randomUUID().toString(), notifyUrl, "REFUND.SUCCESS", "refund", "退款成功",
                    SandboxJson.write(SandboxJson.refundNotice(mchid, r, o)), false, 0, null, null, null));
            notifier.wakeAfterCommit();
        }
        // accepted now, settled a moment later: the merchant hears of it by the notification or a query
        return SandboxJson.refund(r, o, "PROCESSING");
    }

    Object refundState(String mchid, String outRefundNo) {
        SandboxRefund r = books.refund(mchid, outRefundNo)
                .orElseThrow(() -> new Refusal(404, "RESOURCE_NOT_EXISTS", "退款单不存在 (no such refund)"));
        return SandboxJson.refund(r, books.order(r.orderId(), false).orElseThrow(), r.status());
    }
}

package io.oneshelf.payment.tender;

import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;

/**
 * What a tender must say to be taken, and what it is when taken: cash covers the amount (the rest is change),
 * a card payment names the terminal's reference, a gateway payment starts pending with the gateway's number.
 */
final class TakeRules {

    static final int MAX_TEXT = 128;
    private static final java.util.regex.Pattern WECHAT_CODE = java.util.regex.Pattern.compile("1[0-5]\\d{16}");

    private TakeRules() {
    }

    static void check(TakePayment c) {
        if (c.brandId() == null) {
            throw Rejection.invalid("brandId", "validation.required");
        }
        text("reference", c.reference(), true);
        text("key", c.key(), true);
        text("description", c.description(), false);
        if (c.tender() == null) {
            throw Rejection.invalid("tender", "validation.required");
        }
        if (c.amount() <= 0) {
            throw Rejection.invalid("amount", "validation.positive");
        }
        if (c.tender() == Tender.CASH && (c.cashTendered() == null || c.cashTendered() < c.amount())) {
            throw Rejection.invalid("cashTendered", "payment.cash.short", Message.yuan(c.amount()));
        }
        if (c.tender() == Tender.CARD) {
            text("cardReference", c.cardReference(), true);
        }
        if (c.tender().account() && c.payer() == null) {
            throw Rejection.invalid("customerId", "payment.account.payer-required");
        }
        if (c.tender() == Tender.WECHAT_PAY && c.amount() > Integer.MAX_VALUE) {
            throw Rejection.invalid("amount", "validation.max", Integer.MAX_VALUE);
        }
        if (c.authCode() != null) {
            authCode(c);
        }
    }

    /** A scanned payment code: WeChat Pay's only, and shaped as WeChat's are (18 digits, 10–15 first). */
    private static void authCode(TakePayment c) {
        if (c.tender() != Tender.WECHAT_PAY) {
            throw Rejection.invalid("authCode", "payment.micropay.wechat-only");
        }
        if (!WECHAT_CODE.matcher(c.authCode()).matches()) {
            throw Rejection.invalid("authCode", "payment.micropay.code-invalid");
        }
    }

    private static void text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Rejection.invalid(field, "validation.required");
            }
            return;
        }
        if (value.length() > MAX_TEXT) {
            throw Rejection.invalid(field, "validation.size.text.max", MAX_TEXT);
        }
    }

    static Tendered fresh(TakePayment c, UUID id) {
        boolean online = c.tender().online();
        long tendered = c.tender() == Tender.CASH ? c.cashTendered() : 0;
        return new Tendered(id, c.brandId(), c.reference(), c.tender(),
                online ? PaymentStatus.PENDING : PaymentStatus.SUCCEEDED, c.amount(), 0, 0, tendered,
                c.tender() == Tender.CASH ? tendered - c.amount() : 0,
                c.tender() == Tender.CARD ? c.cardReference().trim() : null, c.description(),
                online ? outTradeNo(id) : null, null, null, c.payer() == null ? null : c.payer().toString(),
                c.placeId(), c.staffId(), false, c.key(), false,
                null, null, null);
    }

    /** What a gateway knows a payment by: its id without dashes (32 characters, as out_trade_no allows). */
    static String outTradeNo(UUID id) {
        return id.toString().replace("-", "");
    }
}

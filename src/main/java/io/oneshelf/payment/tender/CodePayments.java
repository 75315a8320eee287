package io.oneshelf.payment.tender;

import io.oneshelf.payment.PaymentSucceeded;
import io.oneshelf.payment.gateway.PaymentProvider;
import io.oneshelf.payment.gateway.PaymentProvider.GatewayTransaction;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * WeChat Pay by the customer's payment code (付款碼支付, micropay): the cashier scans the code and the gateway charges
 * it within the call, in the caller's transaction, so a till sale is paid — or refused, and nothing of it kept — before
 * the customer leaves. The payment succeeds with the payer's openid (so that paying identifies the member, as a
 * notification's payer does); a declined code is refused on {@code authCode} with the gateway's reason.
 */
@Component
class CodePayments {

    private final PaymentBook payments;
    private final MoneyLedger ledger;
    private final PaymentProvider provider;
    private final ApplicationEventPublisher events;

    CodePayments(PaymentBook payments, MoneyLedger ledger, PaymentProvider provider,
                 ApplicationEventPublisher events) {
        this.payments = payments;
        this.ledger = ledger;
        this.provider = provider;
        this.events = events;
    }

    /** Charges the pending payment {@code p} (just recorded) to the payer of {@code authCode}. */
    Tendered charge(Tendered p, String authCode) {
        GatewayTransaction t = call(p, authCode);
        // SUCCESS is the only answer that pays at once; a payer still confirming (USERPAYING) is not a sale yet
        if (t.state() != PaymentProvider.TradeState.SUCCESS || t.amount() != p.amount()) {
            throw Rejection.invalid("authCode", "payment.micropay.declined", String.valueOf(t.state()));
        }
        Tendered done = p.succeed(t.transactionId(), t.payerId(),
                t.successTime() == null ? OffsetDateTime.now(ZoneOffset.UTC) : t.successTime());
        payments.update(done);
        ledger.capture(done);
        events.publishEvent(new PaymentSucceeded(done.tenantId(), done.id(), done.reference(), done.tender(),
                done.amount(), done.payerId(), done.placeIds()));
        return done;
    }

    private GatewayTransaction call(Tendered p, String authCode) {
        String description = p.description() == null || p.description().isBlank() ? p.reference() : p.description();
        try {
            return provider.codePay(p.outTradeNo(), description, p.amount(), authCode,
                    p.placeId() == null ? "ONLINE" : p.placeId().toString());
        } catch (PaymentProvider.GatewayRefused e) {
            throw Rejection.invalid("authCode", "payment.micropay.declined", e.getMessage());
        } catch (PaymentProvider.GatewayUnavailable e) {
            throw new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE,
                    Message.of("payment.gateway.unavailable", e.getMessage()));
        }
    }

    /** Whether the command's tender is a code payment: WeChat Pay with a scanned code. */
    static boolean scanned(io.oneshelf.payment.TakePayment c) {
        return c.tender() == io.oneshelf.payment.Tender.WECHAT_PAY && c.authCode() != null;
    }
}

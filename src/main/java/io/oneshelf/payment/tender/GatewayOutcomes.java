package io.oneshelf.payment.tender;

import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.PaymentSucceeded;
import io.oneshelf.payment.PaymentSucceededAfterClose;
import io.oneshelf.payment.Refund;
import io.oneshelf.payment.RefundSucceeded;
import io.oneshelf.payment.gateway.PaymentProvider.GatewayRefund;
import io.oneshelf.payment.gateway.PaymentProvider.GatewayTransaction;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what a gateway says (a notification or the answer to a query) to a payment or refund, exactly once: the
 * payment's row is locked first, and only a transition its state allows changes anything, so a repeated, late or
 * racing answer finds the work done and leaves it. A payment that succeeds after it was closed is captured,
 * flagged and refunded in full at once.
 */
@Service
class GatewayOutcomes {

    private static final Logger log = LoggerFactory.getLogger(GatewayOutcomes.class);

    private final PaymentBook payments;
    private final RefundBook refunds;
    private final MoneyLedger ledger;
    private final GatewayCalls calls;
    private final ApplicationEventPublisher events;

    GatewayOutcomes(PaymentBook payments, RefundBook refunds, MoneyLedger ledger, GatewayCalls calls,
                    ApplicationEventPublisher events) {
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.calls = calls;
        this.events = events;
    }

    /** The gateway's state of a payment; states that change nothing here (NOTPAY, USERPAYING) leave it. */
    @Transactional
    Tendered apply(UUID tenant, GatewayTransaction t) {
        Tendered p = payments.lockByOutTradeNo(tenant, t.outTradeNo())
                .orElseThrow(() -> Rejection.notFound("payment"));
        return switch (t.state()) {
            case SUCCESS, REFUND -> paid(p, t);
            case CLOSED, REVOKED -> ended(p, PaymentStatus.CLOSED);
            case PAYERROR -> ended(p, PaymentStatus.FAILED);
            case NOTPAY, USERPAYING -> p;
        };
    }

    private Tendered paid(Tendered p, GatewayTransaction t) {
        if (p.status() == PaymentStatus.SUCCEEDED) {
            return p;
        }
        if (t.amount() != p.amount()) {
            log.error("Gateway says payment {} was paid {} fen, not {}: left as it is", p.id(), t.amount(), p.amount());
            throw new Rejection(Rejection.Kind.CONFLICT, Message.of("payment.gateway.amount-differs"));
        }
        boolean late = p.late();
        OffsetDateTime at = t.successTime() == null ? OffsetDateTime.now(ZoneOffset.UTC) : t.successTime();
        Tendered done = p.succeed(t.transactionId(), t.payerId(), at);
        payments.update(done);
        ledger.capture(done);
        if (!late) {
            events.publishEvent(new PaymentSucceeded(done.tenantId(), done.id(), done.reference(), done.tender(),
                    done.amount(), done.payerId(), done.placeIds()));
            return done;
        }
        log.warn("Payment {} of {} succeeded after its reference was closed: refunding it", done.id(), done.reference());
        events.publishEvent(new PaymentSucceededAfterClose(done.tenantId(), done.id(), done.reference(),
                done.amount()));
        return refundInFull(done);
    }

    /** A late payment goes back whole, to the tender that paid it, through its gateway. */
    private Tendered refundInFull(Tendered p) {
        UUID id = Ids.next();
        RefundPart part = new RefundPart(id, p.tenantId(), p.id(), p.tender(), p.reference(), "late:" + p.id(),
                p.amount(), Refund.Status.PENDING, "paid after the order was closed", outRefundNo(id), null, false,
                null, null);
        Tendered refunding = p.refunding(p.amount());
        payments.update(refunding);
        refunds.insert(part);
        calls.submitAfterCommit(part);
        return refunding;
    }

    private Tendered ended(Tendered p, PaymentStatus next) {
        if (p.status() != PaymentStatus.PENDING) {
            if (p.status() == next && !p.gatewayClosed()) {
                Tendered confirmed = p.closedAtGateway();
                payments.update(confirmed);
                return confirmed;
            }
            return p;
        }
        Tendered done = p.end(next, true, OffsetDateTime.now(ZoneOffset.UTC));
        payments.update(done);
        return done;
    }

    /** The gateway's state of a refund part; PROCESSING changes nothing. */
    @Transactional
    RefundPart apply(RefundPart known, GatewayRefund r) {
        Tendered p = payments.lock(known.tenantId(), known.paymentId()).orElseThrow();
        RefundPart part = refunds.lock(known.tenantId(), known.id()).orElseThrow();
        if (part.status() != Refund.Status.PENDING) {
            return part;
        }
        return switch (r.state()) {
            case SUCCESS -> settled(p, part, Refund.Status.SUCCEEDED, r.refundId());
            case CLOSED, ABNORMAL -> settled(p, part, Refund.Status.FAILED, r.refundId());
            case PROCESSING -> part;
        };
    }

    /** Settles a pending part and its payment's books; the payment and the part are locked. */
    RefundPart settled(Tendered p, RefundPart part, Refund.Status outcome, String gatewayId) {
        RefundPart done = part.settle(outcome, gatewayId, OffsetDateTime.now(ZoneOffset.UTC));
        refunds.update(done);
        payments.update(p.refundSettled(part.amount(), outcome == Refund.Status.SUCCEEDED, true));
        if (outcome == Refund.Status.SUCCEEDED) {
            ledger.refund(done);
            events.publishEvent(new RefundSucceeded(done.tenantId(), done.id(), done.paymentId(), done.reference(),
                    done.refundReference(), done.tender(), done.amount(), p.placeIds()));
        } else {
            log.warn("Refund {} of payment {} failed at the gateway; its amount is refundable again", done.id(),
                    done.paymentId());
        }
        return done;
    }

    /** What a gateway knows a refund part by: its id without dashes (32 characters, as out_refund_no allows). */
    static String outRefundNo(UUID id) {
        return id.toString().replace("-", "");
    }
}

package io.oneshelf.payment.tender;

import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Refund;
import io.oneshelf.payment.gateway.PaymentProvider;
import io.oneshelf.payment.gateway.PaymentProvider.GatewayRefund;
import io.oneshelf.payment.gateway.PaymentProvider.GatewayRefused;
import io.oneshelf.payment.gateway.ServerAddress;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gateway calls that follow a decision: submitting a refund part, closing a payment at the gateway, asking
 * about a payment or a refund. Each applies the gateway's answer through {@link GatewayOutcomes}, so it does
 * what a notification would, once. Runs in transactions of its own (after a commit, or from the job).
 */
@Component
class GatewayWork {

    private static final Logger log = LoggerFactory.getLogger(GatewayWork.class);

    private final PaymentBook payments;
    private final RefundBook refunds;
    private final GatewayOutcomes outcomes;
    private final PaymentProvider provider;
    private final ServerAddress address;
    private final TransactionTemplate own;

    GatewayWork(PaymentBook payments, RefundBook refunds, GatewayOutcomes outcomes, PaymentProvider provider,
                ServerAddress address, PlatformTransactionManager transactions) {
        this.payments = payments;
        this.refunds = refunds;
        this.outcomes = outcomes;
        this.provider = provider;
        this.address = address;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Asks the gateway for a pending part's money back, holding the payment's and the part's locks so that its
     * notification (which locks the same) waits for the answer to be recorded.
     */
    void submit(UUID tenant, UUID refundId) {
        own.executeWithoutResult(tx -> {
            RefundPart known = refunds.find(tenant, refundId).orElseThrow();
            Tendered p = payments.lock(tenant, known.paymentId()).orElseThrow();
            RefundPart part = refunds.lock(tenant, refundId).orElseThrow();
            if (part.status() != Refund.Status.PENDING || part.submitted()) {
                return;
            }
            try {
                GatewayRefund answer = provider.refund(p.outTradeNo(), part.outRefundNo(), part.amount(),
                        p.amount(), part.reason(), address.notifyUrl());
                RefundPart submitted = part.submittedAs(answer.refundId());
                refunds.update(submitted);
                switch (answer.state()) {
                    case SUCCESS -> outcomes.settled(p, submitted, Refund.Status.SUCCEEDED, answer.refundId());
                    case CLOSED, ABNORMAL -> outcomes.settled(p, submitted, Refund.Status.FAILED, answer.refundId());
                    case PROCESSING -> { }
                }
            } catch (GatewayRefused e) {
                log.warn("The gateway refused refund {} of payment {}: {}", refundId, p.id(), e.getMessage());
                outcomes.settled(p, part, Refund.Status.FAILED, null);
            }
        });
    }

    /** Closes a closed payment at its gateway; one the gateway says was paid meanwhile is a late payment. */
    void close(UUID tenant, UUID paymentId) {
        Optional<Tendered> found = payments.find(tenant, paymentId);
        if (found.isEmpty() || found.get().status() != PaymentStatus.CLOSED || found.get().gatewayClosed()) {
            return;
        }
        Tendered p = found.get();
        if (provider.close(p.outTradeNo())) {
            own.executeWithoutResult(tx -> payments.lock(tenant, paymentId)
                    .filter(locked -> locked.status() == PaymentStatus.CLOSED && !locked.gatewayClosed())
                    .ifPresent(locked -> payments.update(locked.closedAtGateway())));
        } else {
            query(tenant, p);
        }
    }

    /** Asks the gateway about a payment and applies its answer. */
    Tendered query(UUID tenant, Tendered p) {
        PaymentProvider.GatewayTransaction answer = provider.query(p.outTradeNo());
        return own.execute(tx -> outcomes.apply(tenant, answer));
    }

    /** Asks the gateway about a submitted refund part and applies its answer. */
    void queryRefund(UUID tenant, UUID refundId) {
        RefundPart part = refunds.find(tenant, refundId).orElseThrow();
        GatewayRefund answer = provider.queryRefund(part.outRefundNo());
        own.executeWithoutResult(tx -> outcomes.apply(part, answer));
    }
}

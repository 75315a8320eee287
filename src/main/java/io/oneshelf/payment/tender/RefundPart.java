package io.oneshelf.payment.tender;

import io.oneshelf.payment.Refund;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Transitions;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

/** The part of a refund that goes back to one tender; PENDING until its gateway says, at once for cash and card. */
record RefundPart(UUID id, UUID tenantId, UUID paymentId, Tender tender, String reference, String refundReference,
                  long amount, Refund.Status status, String reason, String outRefundNo, String providerRefundId,
                  boolean submitted, OffsetDateTime createdAt, OffsetDateTime settledAt) {

    static final Transitions<Refund.Status> TRANSITIONS = Transitions.of(Map.of(
            Refund.Status.PENDING, EnumSet.of(Refund.Status.SUCCEEDED, Refund.Status.FAILED)));

    Refund.Part view() {
        return new Refund.Part(id, paymentId, tender, amount, status);
    }

    RefundPart settle(Refund.Status next, String gatewayId, OffsetDateTime at) {
        TRANSITIONS.check(status, next);
        return new RefundPart(id, tenantId, paymentId, tender, reference, refundReference, amount, next, reason,
                outRefundNo, gatewayId == null ? providerRefundId : gatewayId, submitted, createdAt, at);
    }

    RefundPart submittedAs(String gatewayId) {
        return new RefundPart(id, tenantId, paymentId, tender, reference, refundReference, amount, status, reason,
                outRefundNo, gatewayId, true, createdAt, settledAt);
    }
}

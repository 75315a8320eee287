package io.oneshelf.payment.tender;

import static io.oneshelf.payment.PaymentStatus.CLOSED;
import static io.oneshelf.payment.PaymentStatus.FAILED;
import static io.oneshelf.payment.PaymentStatus.PENDING;
import static io.oneshelf.payment.PaymentStatus.SUCCEEDED;

import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Transitions;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One tender as the payment module keeps it: the API's {@link Payment} and what the gateway knows it by. Guards
 * its own transitions: a pending payment succeeds, fails or is closed; a closed or failed one may still succeed
 * (the gateway took the money anyway) and is then flagged. The refundable amount never counts money already on
 * its way back ({@code refundPending}).
 */
record Tendered(UUID id, UUID tenantId, String reference, Tender tender, PaymentStatus status, long amount,
                long refunded, long refundPending, long cashTendered, long change, String cardReference,
                String description, String outTradeNo, String transactionId, String payUrl, String payerId,
                UUID placeId, UUID staffId, boolean flagged, String key, boolean gatewayClosed,
                OffsetDateTime createdAt, OffsetDateTime succeededAt, OffsetDateTime closedAt) {

    static final Transitions<PaymentStatus> TRANSITIONS = Transitions.of(Map.of(
            PENDING, EnumSet.of(SUCCEEDED, FAILED, CLOSED),
            CLOSED, EnumSet.of(SUCCEEDED),
            FAILED, EnumSet.of(SUCCEEDED)));

    Payment view() {
        return new Payment(id, tenantId, reference, tender, status, amount, refunded, cashTendered, change,
                cardReference, transactionId, payUrl, payerId, placeId, staffId, flagged, createdAt, succeededAt);
    }

    /** What may still be refunded: captured, less refunded, less refunds under way. */
    long refundable() {
        return status == SUCCEEDED ? amount - refunded - refundPending : 0;
    }

    /** Whether the money was taken after the reference was closed (or the payment failed): a late payment. */
    boolean late() {
        return status == CLOSED || status == FAILED;
    }

    List<UUID> placeIds() {
        return placeId == null ? List.of() : List.of(placeId);
    }

    Tendered succeed(String transaction, String payer, OffsetDateTime at) {
        TRANSITIONS.check(status, SUCCEEDED);
        return new Tendered(id, tenantId, reference, tender, SUCCEEDED, amount, refunded, refundPending,
                cashTendered, change, cardReference, description, outTradeNo, transaction, payUrl, payer, placeId,
                staffId, flagged || late(), key, gatewayClosed, createdAt, at, closedAt);
    }

    Tendered end(PaymentStatus next, boolean confirmedByGateway, OffsetDateTime at) {
        TRANSITIONS.check(status, next);
        return new Tendered(id, tenantId, reference, tender, next, amount, refunded, refundPending, cashTendered,
                change, cardReference, description, outTradeNo, transactionId, payUrl, payerId, placeId, staffId,
                flagged, key, confirmedByGateway, createdAt, succeededAt, at);
    }

    Tendered closedAtGateway() {
        return new Tendered(id, tenantId, reference, tender, status, amount, refunded, refundPending, cashTendered,
                change, cardReference, description, outTradeNo, transactionId, payUrl, payerId, placeId, staffId,
                flagged, key, true, createdAt, succeededAt, closedAt);
    }

    /** {@code amount} more is on its way back; never more than is refundable. */
    Tendered refunding(long part) {
        if (part <= 0 || part > refundable()) {
            throw new IllegalStateException("Refund of " + part + " exceeds the refundable " + refundable());
        }
        return withRefunds(refunded, refundPending + part);
    }

    /** A refund of {@code part} settled: it succeeded (the money is back) or failed (it is refundable again). */
    Tendered refundSettled(long part, boolean succeeded, boolean wasPending) {
        long pending = wasPending ? refundPending - part : refundPending;
        return withRefunds(succeeded ? refunded + part : refunded, pending);
    }

    Tendered withPayUrl(String url) {
        return new Tendered(id, tenantId, reference, tender, status, amount, refunded, refundPending, cashTendered,
                change, cardReference, description, outTradeNo, transactionId, url, payerId, placeId, staffId,
                flagged, key, gatewayClosed, createdAt, succeededAt, closedAt);
    }

    private Tendered withRefunds(long newRefunded, long newPending) {
        if (newRefunded < 0 || newPending < 0 || newRefunded + newPending > amount) {
            throw new IllegalStateException("Refunds of payment " + id + " would exceed its amount");
        }
        return new Tendered(id, tenantId, reference, tender, status, amount, newRefunded, newPending, cashTendered,
                change, cardReference, description, outTradeNo, transactionId, payUrl, payerId, placeId, staffId,
                flagged, key, gatewayClosed, createdAt, succeededAt, closedAt);
    }
}

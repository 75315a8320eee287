package io.oneshelf.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One tender of a reference. {@code payUrl} is what a customer opens or scans to pay a gateway tender (null
 * otherwise). {@code flagged} marks a payment that succeeded after its reference was closed and was refunded.
 */
public record Payment(UUID id, UUID brandId, String reference, Tender tender, PaymentStatus status, long amount,
                      long refunded, long cashTendered, long change, String cardReference, String transactionId,
                      String payUrl, String payerId, UUID placeId, UUID staffId, boolean flagged,
                      OffsetDateTime createdAt, OffsetDateTime succeededAt) {

    /** What of this payment may still be refunded. */
    public long refundable() {
        return status == PaymentStatus.SUCCEEDED ? amount - refunded : 0;
    }
}

package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.payment.Tender;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A top-up of a customer's wallet: {@code principal} fen to pay by {@code tender} (at {@code placeId}, or online),
 * {@code bonus} fen the plan adds, owned by {@code owner}. PENDING until its payment succeeds, then CREDITED, once.
 */
record TopUp(UUID id, UUID brandId, UUID customerId, UUID planId, String planName, long principal, long bonus,
             Tender tender, UUID placeId, ValueOwner owner, UUID staffId, Status status, UUID paymentId,
             String payUrl, OffsetDateTime createdAt, OffsetDateTime creditedAt) {

    static final String REFERENCE = "wallet-topup:";

    enum Status { PENDING, CREDITED }

    String reference() {
        return REFERENCE + id;
    }
}

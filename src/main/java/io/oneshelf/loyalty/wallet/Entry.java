package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the wallet ledger: one owner's part of a move, signed ({@link Kind#SPEND} negative). {@code placeOwner}
 * is the owner of the place the value moved at (the brand online); where it differs from {@code owner}, the row is
 * a clearing between them.
 */
record Entry(UUID id, UUID brandId, UUID walletId, UUID customerId, Kind kind, UUID moveId, ValueOwner owner,
             long principal, long bonus, String reference, UUID paymentId, UUID placeId, ValueOwner placeOwner,
             OffsetDateTime at) {

    enum Kind { TOP_UP, SPEND, REFUND, MERGE_OUT, MERGE_IN }

    long amount() {
        return principal + bonus;
    }

    boolean clearing() {
        return !owner.equals(placeOwner);
    }
}

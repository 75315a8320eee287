package io.oneshelf.settlement.ledger;

import io.oneshelf.settlement.Owner;
import io.oneshelf.settlement.SettlementRecorded;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the settlement ledger (see {@link SettlementRecorded} for what its fields mean). */
record SettlementEntry(UUID id, UUID brandId, Kind kind, Cause cause, UUID causeId, UUID orderId,
                       String orderNumber, String channel, int lineIndex, UUID skuId, String skuCode, UUID placeId,
                       UUID storeId, Owner debtor, Owner creditor, long quantity, long baseAmount, int ratePercent,
                       long amount, UUID correctsId, OffsetDateTime recordedAt) {

    enum Kind { OBLIGATION, REVERSAL }

    /** What made the entry: the order's payment, a return of its lines, its cancellation after payment. */
    enum Cause { PAID, RETURNED, CANCELLED }

    SettlementRecorded event() {
        return new SettlementRecorded(brandId, id, kind.name(), cause.name(), causeId, orderId, orderNumber,
                lineIndex, skuId, skuCode, placeId, storeId, debtor, creditor, quantity, baseAmount, ratePercent,
                amount, correctsId);
    }
}

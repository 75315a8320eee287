package io.oneshelf.settlement;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An entry of the settlement ledger: {@code debtor} owes {@code creditor} {@code amount} fen (negative: owes that
 * much less) for line {@code lineIndex} of an order, because {@code cause} (the order was PAID, lines RETURNED, the
 * paid order CANCELLED). {@code baseAmount} is the part of the line's paid amount it concerns and
 * {@code ratePercent} the brand's settlement rate applied to it; a REVERSAL names the line's first entry in
 * {@code correctsId}.
 */
@EventType("settlement.entry.recorded")
public record SettlementRecorded(UUID brandId, UUID entryId, String kind, String cause, UUID causeId, UUID orderId,
                                 String orderNumber, int lineIndex, UUID skuId, String skuCode, UUID placeId,
                                 UUID storeId, Owner debtor, Owner creditor, long quantity, long baseAmount,
                                 int ratePercent, long amount, UUID correctsId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    /** The place whose stock fulfilled the line, and the order's store when it has one. */
    @Override
    public List<UUID> placeIds() {
        List<UUID> places = new ArrayList<>(List.of(placeId));
        if (storeId != null && !storeId.equals(placeId)) {
            places.add(storeId);
        }
        return List.copyOf(places);
    }
}

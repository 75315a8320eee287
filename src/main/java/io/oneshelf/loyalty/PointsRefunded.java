package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A points tender was refunded: {@code points} went back to the customer for {@code amount} fen (refund part {@code entryId}). */
@EventType("loyalty.points.refunded")
public record PointsRefunded(UUID brandId, UUID customerId, UUID paymentId, UUID entryId, String reference, long points, long amount, long balance) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}

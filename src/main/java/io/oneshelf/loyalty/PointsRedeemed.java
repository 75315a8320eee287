package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer paid with points (the POINTS tender): {@code points} taken for {@code amount} fen of payment {@code paymentId}. */
@EventType("loyalty.points.redeemed")
public record PointsRedeemed(UUID brandId, UUID customerId, UUID paymentId, String reference, long points, long amount, long balance) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}

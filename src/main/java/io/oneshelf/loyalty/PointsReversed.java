package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Points earned on an order were taken back in proportion to what of it was refunded (a return or a cancellation); {@code shortfall} points could not be taken as the customer had spent them. */
@EventType("loyalty.points.reversed")
public record PointsReversed(UUID brandId, UUID customerId, UUID orderId, long points, long shortfall, long balance) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}

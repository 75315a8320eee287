package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer earned points on a paid order (by the brand's rate, the categories' rates and their tier's multiplier); {@code balance} is theirs after it. */
@EventType("loyalty.points.earned")
public record PointsEarned(UUID brandId, UUID customerId, UUID orderId, String orderNumber, long points, String tierCode, long balance) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}

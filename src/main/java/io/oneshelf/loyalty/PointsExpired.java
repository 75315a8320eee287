package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Points earned before {@code earnedBefore} and not spent expired at the period end starting {@code period}. */
@EventType("loyalty.points.expired")
public record PointsExpired(UUID brandId, UUID customerId, long points, java.time.LocalDate period, java.time.OffsetDateTime earnedBefore, long balance) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}

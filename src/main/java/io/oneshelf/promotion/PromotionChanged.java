package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An automatic promotion was created or changed ({@code version} 1 when created): its kind, name, window and
 * whether it is active; checkouts from now on price with it as it now is.
 */
@EventType("promotion.promotion.changed")
public record PromotionChanged(UUID brandId, UUID promotionId, int version, String kind, String name,
                               OffsetDateTime startsAt, OffsetDateTime endsAt, boolean active)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return promotionId;
    }
}

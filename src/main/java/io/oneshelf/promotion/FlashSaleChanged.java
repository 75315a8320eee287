package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A flash sale (秒殺) was created, changed, activated or deactivated ({@code version} 1 when created): its name,
 * window and whether it is active; checkouts from now on price with it as it now is.
 */
@EventType("promotion.flash-sale.changed")
public record FlashSaleChanged(UUID brandId, UUID flashSaleId, int version, String name, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, boolean active) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return flashSaleId;
    }
}

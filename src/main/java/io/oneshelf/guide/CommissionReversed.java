package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A refund of an order took back the share of its guide's commission it stands for: {@code amount} fen (negative)
 * on {@code base} (negative) fen of the goods, correcting the earned entry {@code corrects}.
 */
@EventType("guide.commission.reversed")
public record CommissionReversed(UUID brandId, UUID entryId, UUID corrects, UUID guideId, UUID orderId,
                                 String orderNumber, UUID storeId, long base, long amount) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return guideId;
    }

    @Override
    public List<UUID> placeIds() {
        return storeId == null ? List.of() : List.of(storeId);
    }
}

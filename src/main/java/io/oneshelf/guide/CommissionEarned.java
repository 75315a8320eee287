package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A paid order credited to a guide earned them {@code amount} fen of commission: {@code rateBp} basis points of
 * {@code base}, the order's goods as apportioned and paid (its total without the shipping fee). Once per order.
 */
@EventType("guide.commission.earned")
public record CommissionEarned(UUID brandId, UUID entryId, UUID guideId, UUID orderId, String orderNumber,
                               UUID customerId, UUID storeId, long base, int rateBp, long amount)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return guideId;
    }

    @Override
    public List<UUID> placeIds() {
        return storeId == null ? List.of() : List.of(storeId);
    }
}

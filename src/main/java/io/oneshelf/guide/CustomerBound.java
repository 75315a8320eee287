package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer was bound to an exclusive guide ({@code guideId}; null: to the pool of {@code storeId}) by
 * {@code source}: {@code LINK} (the guide's share link), {@code TILL} (served at the till), {@code ASSIGNED} (a
 * manager). {@code previousGuideId} is the guide they were bound to before, if any.
 */
@EventType("guide.customer.bound")
public record CustomerBound(UUID brandId, UUID bindingId, UUID customerId, UUID guideId, UUID storeId, String source,
                            UUID previousGuideId, OffsetDateTime boundAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }

    @Override
    public List<UUID> placeIds() {
        return storeId == null ? List.of() : List.of(storeId);
    }
}

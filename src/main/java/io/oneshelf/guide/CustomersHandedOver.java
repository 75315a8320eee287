package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A guide's customers ({@code customers} of them) were handed over to another guide ({@code toGuideId}) or to the
 * pool of {@code storeId} ({@code toGuideId} null), as handover {@code handoverId}; their bindings before are kept.
 */
@EventType("guide.customers.handed-over")
public record CustomersHandedOver(UUID brandId, UUID handoverId, UUID fromGuideId, UUID toGuideId, UUID storeId,
                                  int customers, String reason, OffsetDateTime handedOverAt)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return handoverId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

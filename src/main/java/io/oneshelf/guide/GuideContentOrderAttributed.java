package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A paid online order was attributed to a guide's share (the customer's last touch of a share within the
 * attribution window, decision 0054): {@code paid} fen count for the share's sales.
 */
@EventType("guide.content.order-attributed")
public record GuideContentOrderAttributed(UUID brandId, UUID shareId, UUID orderId, UUID guideId, UUID storeId,
                                          UUID customerId, long paid) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return shareId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

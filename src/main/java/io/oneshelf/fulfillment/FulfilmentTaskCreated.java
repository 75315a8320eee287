package io.oneshelf.fulfillment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A place got work for a paid order: ship a parcel ({@code EXPRESS}), hand it to a same-city courier
 * ({@code SAME_CITY}) or prepare it for collection ({@code PICKUP}); {@code lines} are the order's lines it
 * carries (their indexes in the order).
 */
@EventType("fulfillment.task.created")
public record FulfilmentTaskCreated(UUID brandId, UUID taskId, UUID orderId, String orderNumber, String fulfilment,
                                    UUID placeId, List<Line> lines) implements BusinessEvent {

    /** One order line the task carries. */
    public record Line(int index, UUID skuId, String skuCode, long quantity) {
    }

    @Override
    public UUID aggregateId() {
        return taskId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(placeId);
    }
}

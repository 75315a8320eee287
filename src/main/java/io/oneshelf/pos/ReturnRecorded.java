package io.oneshelf.pos;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Lines of an order came back at a till's counter: refunded to the order's tenders, cash out of the till's drawer. */
@EventType("pos.return.recorded")
public record ReturnRecorded(UUID brandId, UUID returnId, UUID orderId, UUID tillId, UUID shiftId, UUID storeId,
                             long amount, long cashRefundedFen, boolean restock) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return returnId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

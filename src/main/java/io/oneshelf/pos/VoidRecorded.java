package io.oneshelf.pos;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cashier voided a line or a whole sale before payment (audited: who, what, when). */
@EventType("pos.void.recorded")
public record VoidRecorded(UUID brandId, UUID voidId, UUID tillId, UUID shiftId, UUID storeId, String kind, UUID skuId,
                           Long quantity, long amountFen, String reason, UUID staffId, OffsetDateTime at) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return voidId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

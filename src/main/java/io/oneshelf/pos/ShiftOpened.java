package io.oneshelf.pos;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cashier opened a shift on a till with a cash float of {@code floatFen}. */
@EventType("pos.shift.opened")
public record ShiftOpened(UUID brandId, UUID shiftId, UUID tillId, UUID storeId, UUID staffId, long floatFen,
                          OffsetDateTime openedAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return shiftId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

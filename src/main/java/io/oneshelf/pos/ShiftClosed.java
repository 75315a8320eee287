package io.oneshelf.pos;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A shift was closed: the cash counted against the cash expected ({@code overShortFen} = counted − expected). */
@EventType("pos.shift.closed")
public record ShiftClosed(UUID brandId, UUID shiftId, UUID tillId, UUID storeId, UUID staffId, long expectedCashFen,
                          long countedCashFen, long overShortFen, long salesFen, long refundsFen,
                          OffsetDateTime closedAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return shiftId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

package io.oneshelf.pos;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A sale at a till became an order of its shift (once per till and client sale id); {@code offline} when synced. */
@EventType("pos.sale.recorded")
public record SaleRecorded(UUID brandId, UUID orderId, String number, UUID tillId, UUID shiftId, UUID storeId,
                           UUID clientSaleId, long total, boolean offline, OffsetDateTime recordedAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return orderId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

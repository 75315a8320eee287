package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** The destination received a transfer: what arrived is on its on-hand stock; a difference from what was shipped is the line's discrepancy. */
@EventType("inventory.transfer.received")
public record TransferReceived(UUID brandId, UUID transferId, String reference, UUID fromPlaceId, UUID toPlaceId,
        List<TransferredSku> lines) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return transferId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(fromPlaceId, toPlaceId);
    }
}

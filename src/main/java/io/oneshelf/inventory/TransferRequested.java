package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** Stock was asked for by one place from another; nothing moved yet. */
@EventType("inventory.transfer.requested")
public record TransferRequested(UUID brandId, UUID transferId, String reference, UUID fromPlaceId, UUID toPlaceId,
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

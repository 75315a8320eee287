package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** The source shipped a transfer: the quantities left its on-hand stock and are in transit. */
@EventType("inventory.transfer.shipped")
public record TransferShipped(UUID brandId, UUID transferId, String reference, UUID fromPlaceId, UUID toPlaceId,
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

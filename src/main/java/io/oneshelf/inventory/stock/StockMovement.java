package io.oneshelf.inventory.stock;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the append-only stock ledger. */
record StockMovement(UUID id, UUID skuId, UUID locationId, MovementKind kind, long onHandDelta, long reservedDelta,
                     UUID actorId, String actorName, String reason, String reference, UUID reservationId,
                     UUID correctsId, OffsetDateTime occurredAt) {
}

package io.oneshelf.inventory.replenishment;

import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Line;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A replenishment order as the API shows it and the audit log keeps it. */
@Schema(name = "ReplenishmentOrder")
record ReplenishmentOrderView(UUID id, String reference, UUID storeId, UUID warehouseId, ReplenishmentStatus status,
                              String note, List<Line> lines, String rejectReason, UUID transferId,
                              String transferStatus, String requestedBy, String decidedBy, int version,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime decidedAt) {

    static ReplenishmentOrderView of(ReplenishmentOrder o) {
        return new ReplenishmentOrderView(o.id(), o.reference(), o.storeId(), o.warehouseId(), o.status(), o.note(),
                o.lines(), o.rejectReason(), o.transferId(), o.transferStatus(), o.requestedBy(), o.decidedBy(),
                o.version(), o.createdAt(), o.updatedAt(), o.decidedAt());
    }
}

package io.oneshelf.inventory.transfer;

import io.oneshelf.inventory.transfer.Transfer.Line;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A transfer as the API shows it and the audit log keeps it: with what is in transit and the discrepancies. */
@Schema(name = "Transfer")
record TransferView(UUID id, String reference, UUID fromPlaceId, UUID toPlaceId, TransferStatus status,
                    String notes, List<Line> lines, String requestedBy, int version, OffsetDateTime createdAt,
                    OffsetDateTime updatedAt, OffsetDateTime shippedAt, OffsetDateTime receivedAt,
                    OffsetDateTime cancelledAt, long inTransit, List<Line> discrepancies) {

    static TransferView of(Transfer t) {
        return new TransferView(t.id(), t.reference(), t.fromPlaceId(), t.toPlaceId(), t.status(), t.notes(),
                t.lines(), t.requestedBy(), t.version(), t.createdAt(), t.updatedAt(), t.shippedAt(),
                t.receivedAt(), t.cancelledAt(), t.inTransit(), t.discrepancies());
    }
}

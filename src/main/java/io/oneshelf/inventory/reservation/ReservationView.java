package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.Hold;
import io.oneshelf.inventory.HoldStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stock hold as the API shows it. */
@Schema(name = "Reservation")
record ReservationView(UUID id, String reference, HoldStatus status, OffsetDateTime expiresAt, List<Line> lines,
                       int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "ReservationLine")
    record Line(UUID skuId, UUID locationId, long quantity) {
    }

    static ReservationView of(Hold h) {
        return new ReservationView(h.id(), h.reference(), h.status(), h.expiresAt(), h.lines().stream()
                .map(l -> new Line(l.skuId(), l.locationId(), l.quantity())).toList(), h.version(), h.createdAt(),
                h.updatedAt());
    }
}

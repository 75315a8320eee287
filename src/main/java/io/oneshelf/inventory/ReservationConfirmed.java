package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A hold was confirmed: its stock left as a sale. {@code placeIds} are the stores and warehouses of its lines. */
@EventType("inventory.reservation.confirmed")
public record ReservationConfirmed(UUID brandId, UUID reservationId, String reference, List<HoldLine> lines,
                                   OffsetDateTime expiresAt, List<UUID> placeIds) implements BusinessEvent {

    public static ReservationConfirmed of(Hold hold) {
        return new ReservationConfirmed(hold.brandId(), hold.id(), hold.reference(), hold.lines().lines(),
                hold.expiresAt(), hold.lines().placeIds());
    }

    /** The reservation. */
    @Override
    public UUID aggregateId() {
        return reservationId;
    }
}

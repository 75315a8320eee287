package io.oneshelf.inventory;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A hold was released: its stock is available again. {@code placeIds} are the stores and warehouses of its lines. */
@EventType("inventory.reservation.released")
public record ReservationReleased(UUID brandId, UUID reservationId, String reference, List<HoldLine> lines,
                                  OffsetDateTime expiresAt, List<UUID> placeIds) implements BusinessEvent {

    public static ReservationReleased of(Hold hold) {
        return new ReservationReleased(hold.brandId(), hold.id(), hold.reference(), hold.lines().lines(),
                hold.expiresAt(), hold.lines().placeIds());
    }

    /** The reservation. */
    @Override
    public UUID aggregateId() {
        return reservationId;
    }
}

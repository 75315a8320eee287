package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.Hold;
import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.HoldStatus;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for one sale at one or several locations until it is confirmed (sold), released or expires.
 * Guards its own transitions ({@link ReservationStatus} lists which are allowed) and says which stock postings
 * each one makes.
 */
record Reservation(UUID id, UUID tenantId, String reference, ReservationStatus status, OffsetDateTime expiresAt,
                   List<HoldLine> lines, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    Reservation confirm(OffsetDateTime now) {
        if (status == ReservationStatus.HELD && now.isAfter(expiresAt)) {
            throw Rejection.conflict("status", "inventory.reservation.expired");
        }
        return to(ReservationStatus.CONFIRMED);
    }

    Reservation release() {
        return to(ReservationStatus.RELEASED);
    }

    Reservation expire() {
        return to(ReservationStatus.EXPIRED);
    }

    /** This new reservation as inserted at {@code at}, held for {@code seconds}. */
    Reservation madeAt(OffsetDateTime at, int seconds) {
        return new Reservation(id, tenantId, reference, status, at.plusSeconds(seconds), lines, version, at, at);
    }

    boolean sameLines(List<HoldLine> other) {
        return lines.equals(other);
    }

    /** The reservation as other modules see it. */
    Hold hold() {
        return new Hold(id, tenantId, reference, HoldStatus.valueOf(status.name()), expiresAt, new HoldLines(lines),
                version, createdAt, updatedAt);
    }

    /** What holding this reservation does to stock, one posting per line. */
    List<Posting> holdings(UUID actorId, String actorName) {
        return lines.stream().map(l -> Posting.reserve(tenantId, actorId, actorName, l.skuId(), l.locationId(),
                l.quantity(), reference, id)).toList();
    }

    /** What this reservation, just moved out of HELD, does to stock, one posting per line. */
    List<Posting> settlements(UUID actorId, String actorName) {
        return lines.stream().map(l -> switch (status) {
            case CONFIRMED -> Posting.sale(tenantId, actorId, actorName, l.skuId(), l.locationId(), l.quantity(),
                    reference, id);
            case RELEASED, EXPIRED -> Posting.release(tenantId, actorId, actorName, l.skuId(), l.locationId(),
                    l.quantity(), status.name().toLowerCase(), reference, id);
            case HELD -> throw new IllegalStateException("a held reservation settles nothing");
        }).toList();
    }

    private Reservation to(ReservationStatus next) {
        if (!status.mayBecome(next)) {
            throw Rejection.conflict("status", "inventory.reservation.transition", Message.term(status),
                    Message.term(next));
        }
        return new Reservation(id, tenantId, reference, next, expiresAt, lines, version, createdAt, updatedAt);
    }
}

package io.oneshelf.inventory.reservation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.Message;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for one sale at one or several locations until it is confirmed (sold), released or expires.
 * Guards its own transitions ({@link ReservationStatus} lists which are allowed) and says which stock postings
 * each one makes.
 */
record Reservation(UUID id, @JsonIgnore UUID tenantId, String reference, ReservationStatus status,
                   OffsetDateTime expiresAt, List<Line> lines, int version, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt) {

    record Line(UUID skuId, UUID locationId, long quantity) {
    }

    Reservation confirm(OffsetDateTime now) {
        if (status == ReservationStatus.HELD && now.isAfter(expiresAt)) {
            throw ApiProblem.conflict("status", "inventory.reservation.expired");
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

    boolean sameLines(List<Line> other) {
        return lines.equals(other);
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
            throw ApiProblem.conflict("status", "inventory.reservation.transition",
                    Message.term(status), Message.term(next));
        }
        return new Reservation(id, tenantId, reference, next, expiresAt, lines, version, createdAt, updatedAt);
    }
}

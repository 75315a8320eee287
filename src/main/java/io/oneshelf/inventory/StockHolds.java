package io.oneshelf.inventory;

import io.oneshelf.platform.security.Actor;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock holds for sales, in process: hold lines by reference until a time, then confirm (the stock leaves as a
 * sale) or release (it becomes available again); holds nobody settles expire by themselves. Each change is
 * published as an event in its transaction ({@link ReservationHeld}, {@link ReservationConfirmed},
 * {@link ReservationReleased}, {@link ReservationExpired}). Refusals are {@link io.oneshelf.platform.Rejection}s:
 * a line the stock cannot cover is {@code OUT_OF_STOCK} naming {@code lines[i].quantity}, and nothing is held.
 * Every call acts within {@code by}'s brand and scope.
 */
public interface StockHolds {

    /**
     * Holds all lines or none. Idempotent by reference: the same reference with the same lines returns the
     * existing hold ({@link HoldResult.Outcome#FOUND}); with other lines it is refused ({@code CONFLICT} on
     * {@code reference}). Holds of many callers are made together, several per transaction, so this waits for
     * its turn (a {@code SERVICE_UNAVAILABLE} rejection if none comes in time; nothing was held then). The hold
     * commits in a transaction of its own, never in the caller's: a caller that rolls back must release it, and
     * a caller must not hold locks on stock balances while it waits.
     */
    HoldResult hold(HoldStock command);

    Optional<Hold> find(Actor by, UUID holdId);

    Optional<Hold> findByReference(Actor by, String reference);

    /** Turns a held hold into a sale; a hold confirmed already is returned as it is. */
    Hold confirm(Actor by, String reference);

    /** Gives held stock back; a hold released already is returned as it is. */
    Hold release(Actor by, String reference);
}

package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.reservation.ReservationRequests.Reserve;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.security.Actor;
import java.util.List;

/** One caller's request to hold stock, with its Idempotency-Key, as it waits for a round. */
record HoldRequest(Actor actor, Reserve body, IdempotencyClaim claim) {

    String reference() {
        return body.reference().trim();
    }

    /**
     * What two rounds running at the same time must not both hold: the same reference or the same key would make
     * them wait on each other's unique index entries.
     */
    List<Object> exclusive() {
        return List.of(List.of("reference", actor.tenantId(), reference()),
                List.of("key", claim.tenantId(), claim.actorId(), claim.key()));
    }
}

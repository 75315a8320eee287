package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms held stock as a sale, releases it, and expires forgotten holds, one reservation per transaction with
 * its balances changed in {@link Posting#LOCK_ORDER}. Holds themselves are made in rounds by {@link
 * ReservationDesk}.
 */
@Service
class ReservationService {

    private final Reservations reservations;
    private final StockLedger ledger;
    private final StockPlaces places;

    ReservationService(Reservations reservations, StockLedger ledger, StockPlaces places) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.places = places;
    }

    Reservation get(Actor actor, UUID id) {
        return reservations.find(actor.tenantId(), id).filter(r -> reachable(actor, r))
                .orElseThrow(() -> ApiProblem.notFound("reservation"));
    }

    @Transactional
    Reservation confirm(Actor actor, UUID id) {
        Reservation held = locked(actor, id);
        return settle(held.confirm(OffsetDateTime.now(ZoneOffset.UTC)), actor.id(), actor.name());
    }

    @Transactional
    Reservation release(Actor actor, UUID id) {
        return settle(locked(actor, id).release(), actor.id(), actor.name());
    }

    /** Expires up to {@code limit} due reservations of any tenant; returns how many it expired. */
    @Transactional
    int expireDue(int limit) {
        List<Reservation> due = reservations.claimDue(limit).stream().map(Reservation::expire).toList();
        List<Posting> postings = new ArrayList<>();
        due.forEach(r -> postings.addAll(r.settlements(null, Posting.SYSTEM)));
        postings.stream().sorted(Posting.LOCK_ORDER).forEach(this::mustPost);
        due.forEach(reservations::update);
        return due.size();
    }

    private Reservation settle(Reservation next, UUID actorId, String actorName) {
        next.settlements(actorId, actorName).stream().sorted(Posting.LOCK_ORDER).forEach(this::mustPost);
        reservations.update(next);
        return reservations.find(next.tenantId(), next.id()).orElseThrow();
    }

    private void mustPost(Posting p) {
        if (ledger.post(p).isEmpty()) {
            throw new IllegalStateException("held stock missing for " + p);
        }
    }

    private Reservation locked(Actor actor, UUID id) {
        return reservations.lock(actor.tenantId(), id).filter(r -> reachable(actor, r))
                .orElseThrow(() -> ApiProblem.notFound("reservation"));
    }

    private boolean reachable(Actor actor, Reservation r) {
        Set<UUID> visible = places.visible(actor).keySet();
        return r.lines().stream().allMatch(l -> visible.contains(l.locationId()));
    }
}

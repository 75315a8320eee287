package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.Hold;
import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.HoldStock;
import io.oneshelf.inventory.ReservationConfirmed;
import io.oneshelf.inventory.ReservationExpired;
import io.oneshelf.inventory.ReservationReleased;
import io.oneshelf.inventory.StockHolds;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock holds for callers in process and over HTTP: holds are made in rounds by {@link ReservationDesk};
 * confirming, releasing and expiring go one reservation per transaction with its balances changed in
 * {@link Posting#LOCK_ORDER}, each publishing its event in that transaction.
 */
@Service
class ReservationService implements StockHolds {

    private final Reservations reservations;
    private final StockLedger ledger;
    private final StockPlaces places;
    private final ReservationDesk desk;
    private final ApplicationEventPublisher events;

    ReservationService(Reservations reservations, StockLedger ledger, StockPlaces places, ReservationDesk desk,
                       ApplicationEventPublisher events) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.places = places;
        this.desk = desk;
        this.events = events;
    }

    @Override
    public HoldResult hold(HoldStock command) {
        return desk.hold(command);
    }

    @Override
    public Optional<Hold> find(Actor by, UUID holdId) {
        return reservations.find(by.tenantId(), holdId).filter(r -> reachable(by, r)).map(Reservation::hold);
    }

    @Override
    public Optional<Hold> findByReference(Actor by, String reference) {
        return reservations.findByReference(by.tenantId(), reference.trim()).filter(r -> reachable(by, r))
                .map(Reservation::hold);
    }

    @Override
    @Transactional
    public Hold confirm(Actor by, String reference) {
        Reservation r = lockedByReference(by, reference);
        return r.status() == ReservationStatus.CONFIRMED ? r.hold() : confirmed(by, r);
    }

    @Override
    @Transactional
    public Hold release(Actor by, String reference) {
        Reservation r = lockedByReference(by, reference);
        return r.status() == ReservationStatus.RELEASED ? r.hold() : released(by, r);
    }

    /** One hold by id: a hold out of the caller's reach is not found. */
    Hold get(Actor by, UUID id) {
        return find(by, id).orElseThrow(() -> Rejection.notFound("reservation"));
    }

    /** Confirms by id; unlike {@link #confirm(Actor, String)}, a hold confirmed already is refused. */
    @Transactional
    Hold confirm(Actor by, UUID id) {
        return confirmed(by, locked(by, id));
    }

    /** Releases by id; unlike {@link #release(Actor, String)}, a hold released already is refused. */
    @Transactional
    Hold release(Actor by, UUID id) {
        return released(by, locked(by, id));
    }

    /** Expires up to {@code limit} due reservations of any tenant; returns how many it expired. */
    @Transactional
    int expireDue(int limit) {
        List<Reservation> due = reservations.claimDue(limit).stream().map(Reservation::expire).toList();
        List<Posting> postings = new ArrayList<>();
        due.forEach(r -> postings.addAll(r.settlements(null, Posting.SYSTEM)));
        postings.stream().sorted(Posting.LOCK_ORDER).forEach(this::mustPost);
        due.forEach(reservations::update);
        due.forEach(r -> events.publishEvent(ReservationExpired.of(r.hold())));
        return due.size();
    }

    private Hold confirmed(Actor by, Reservation held) {
        return settle(held.confirm(OffsetDateTime.now(ZoneOffset.UTC)), by, ReservationConfirmed::of);
    }

    private Hold released(Actor by, Reservation held) {
        return settle(held.release(), by, ReservationReleased::of);
    }

    private Hold settle(Reservation next, Actor by, Function<Hold, BusinessEvent> event) {
        next.settlements(by.id(), by.name()).stream().sorted(Posting.LOCK_ORDER).forEach(this::mustPost);
        reservations.update(next);
        Hold settled = reservations.find(next.tenantId(), next.id()).orElseThrow().hold();
        events.publishEvent(event.apply(settled));
        return settled;
    }

    private void mustPost(Posting p) {
        if (ledger.post(p).isEmpty()) {
            throw new IllegalStateException("held stock missing for " + p);
        }
    }

    private Reservation locked(Actor by, UUID id) {
        return reservations.lock(by.tenantId(), id).filter(r -> reachable(by, r))
                .orElseThrow(() -> Rejection.notFound("reservation"));
    }

    private Reservation lockedByReference(Actor by, String reference) {
        return reservations.lockByReference(by.tenantId(), reference.trim()).filter(r -> reachable(by, r))
                .orElseThrow(() -> Rejection.notFound("reservation"));
    }

    private boolean reachable(Actor by, Reservation r) {
        Set<UUID> visible = places.visible(by).keySet();
        return r.lines().stream().allMatch(l -> visible.contains(l.locationId()));
    }
}

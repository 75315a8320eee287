package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.reservation.Reservation.Line;
import io.oneshelf.inventory.reservation.ReservationRequests.Reserve;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.web.FieldError;
import io.oneshelf.platform.web.ProblemType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds stock for a sale all-or-nothing, confirms it as a sale, releases it, and expires forgotten holds. Every
 * hold is one guarded UPDATE per line, taken in {@link Posting#LOCK_ORDER}, so reservations never deadlock and
 * never oversell.
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

    /** The reservation, and whether this call made it (false: the reference was already reserved). */
    record Outcome(Reservation reservation, boolean created) {
    }

    @Transactional
    Outcome reserve(Actor actor, Reserve request) {
        List<Line> lines = checkedLines(actor, request);
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(request.expiresInSeconds());
        Reservation fresh = new Reservation(Ids.next(), actor.tenantId(), request.reference().trim(),
                ReservationStatus.HELD, expires, lines, 0, null, null);
        if (!reservations.insertIfAbsent(fresh, actor)) {
            Reservation earlier = reservations.findByReference(actor.tenantId(), fresh.reference()).orElseThrow();
            if (!earlier.sameLines(lines)) {
                throw ApiProblem.conflict("reference", "is already used by a reservation of other lines");
            }
            return new Outcome(earlier, false);
        }
        hold(fresh, actor);
        return new Outcome(reservations.find(actor.tenantId(), fresh.id()).orElseThrow(), true);
    }

    Reservation get(Actor actor, UUID id) {
        return reservations.find(actor.tenantId(), id).filter(r -> reachable(actor, r))
                .orElseThrow(() -> ApiProblem.notFound("Reservation"));
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

    private void hold(Reservation r, Actor actor) {
        List<Posting> postings = r.holdings(actor.id(), actor.name());
        Comparator<Integer> order = Comparator.comparing(postings::get, Posting.LOCK_ORDER);
        for (int i : IntStream.range(0, postings.size()).boxed().sorted(order).toList()) {
            Posting p = postings.get(i);
            if (ledger.post(p).isEmpty()) {
                long available = ledger.available(p.tenantId(), p.skuId(), p.locationId());
                String message = "only " + available + " available at this location";
                throw new ApiProblem(ProblemType.OUT_OF_STOCK, "Line " + i + " is out of stock: " + message,
                        List.of(new FieldError("lines[" + i + "].quantity", message)));
            }
        }
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
                .orElseThrow(() -> ApiProblem.notFound("Reservation"));
    }

    private boolean reachable(Actor actor, Reservation r) {
        Set<UUID> visible = places.visible(actor).keySet();
        return r.lines().stream().allMatch(l -> visible.contains(l.locationId()));
    }

    /** Lines whose SKUs exist and whose locations the caller's scope reaches, else 400 naming the line. */
    private List<Line> checkedLines(Actor actor, Reserve request) {
        Map<UUID, PlaceRef> visible = places.visible(actor);
        var skus = places.skus(actor, request.lines().stream().map(l -> l.skuId()).distinct().toList());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            var l = request.lines().get(i);
            if (!skus.containsKey(l.skuId())) {
                throw ApiProblem.invalid("lines[" + i + "].skuId", "is not a SKU of this brand");
            }
            if (!visible.containsKey(l.locationId())) {
                throw ApiProblem.invalid("lines[" + i + "].locationId", "is not a stock location within your scope");
            }
            lines.add(new Line(l.skuId(), l.locationId(), l.quantity()));
        }
        return lines;
    }
}

package io.oneshelf.inventory.transfer;

import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.transfer.Transfer.Line;
import io.oneshelf.inventory.transfer.Transfer.Quantity;
import io.oneshelf.inventory.transfer.TransferRequests.Count;
import io.oneshelf.inventory.transfer.TransferRequests.Request;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.web.FieldProblem;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests, ships, receives and cancels transfers between two places of a brand. The aggregate decides each
 * transition; this service checks scope, moves the stock through the {@link StockLedger} and audits, all in the
 * request's transaction.
 */
@Service
public class TransferService {

    private final Transfers transfers;
    private final StockLedger ledger;
    private final StockPlaces places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TransferService(Transfers transfers, StockLedger ledger, StockPlaces places, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.transfers = transfers;
        this.ledger = ledger;
        this.places = places;
        this.audit = audit;
    }

    @Transactional
    Transfer request(Actor actor, Request r) {
        checkPlaces(actor, r);
        UUID id = Ids.next();
        String reference = r.reference() == null || r.reference().isBlank()
                ? "TR-" + id.toString().substring(24).toUpperCase() : r.reference().trim();
        String notes = r.notes() == null || r.notes().isBlank() ? null : r.notes().trim();
        Transfer fresh = new Transfer(id, actor.tenantId(), reference, r.fromPlaceId(), r.toPlaceId(),
                TransferStatus.REQUESTED, notes, checkedLines(actor, r), actor.name(), 0, null, null, null, null,
                null);
        transfers.insert(fresh, actor);
        Transfer created = transfers.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "transfer.requested", "stock_transfer", id, null, created);
        publish(actor, created);
        return created;
    }

    /**
     * Requests a transfer on behalf of another part of the stock pool (a replenishment order approved by HQ):
     * the same checks, audit and transaction as a transfer requested through the API.
     *
     * @param lines quantity per SKU, in line order
     * @return the new transfer's id
     */
    @Transactional
    public UUID requestFor(Actor actor, UUID fromPlaceId, UUID toPlaceId, String reference, String notes,
                           Map<UUID, Long> lines) {
        List<TransferRequests.RequestLine> requested = lines.entrySet().stream()
                .map(e -> new TransferRequests.RequestLine(e.getKey(), e.getValue())).toList();
        return request(actor, new Request(fromPlaceId, toPlaceId, reference, notes, requested)).id();
    }

    /** The status name of the brand's transfer, whatever the caller's scope; empty when there is none. */
    public Optional<String> statusOf(UUID tenantId, UUID transferId) {
        return transfers.find(tenantId, transferId).map(t -> t.status().name());
    }

    Transfer get(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return transfers.find(actor.tenantId(), id).filter(t -> reaches(visible, t))
                .orElseThrow(() -> ApiProblem.notFound("transfer"));
    }

    List<Transfer> list(Actor actor, TransferStatus status, UUID place, UUID after, int limit) {
        return transfers.list(actor.tenantId(), StockPlaces.ids(places.visible(actor)), status, place, after, limit);
    }

    InTransit inTransit(Actor actor, UUID sku) {
        return InTransit.of(sku, transfers.inTransit(actor.tenantId(), StockPlaces.ids(places.visible(actor)), sku));
    }

    /** Takes the shipped stock off the source's on hand; 409 naming the first line the source cannot cover. */
    @Transactional
    Transfer ship(Actor actor, UUID id, Count count) {
        Transfer before = locked(actor, id, true);
        Transfer shipped = before.ship(quantities(count));
        List<Posting> departures = new ArrayList<>(shipped.departures(actor));
        departures.sort(Posting.LOCK_ORDER);
        for (Posting p : departures) {
            if (ledger.post(p).isEmpty()) {
                throw outOfStock(p, requestLine(count, p.skuId()));
            }
        }
        return save(actor, "transfer.shipped", before, shipped);
    }

    /** Puts what arrived on the destination's on hand; a difference from what was shipped stays on the line. */
    @Transactional
    Transfer receive(Actor actor, UUID id, Count count) {
        Transfer before = locked(actor, id, false);
        Transfer received = before.receive(quantities(count));
        received.arrivals(actor).stream().sorted(Posting.LOCK_ORDER).forEach(p -> ledger.post(p)
                .orElseThrow(() -> new IllegalStateException("an arrival cannot break a balance: " + p)));
        return save(actor, "transfer.received", before, received);
    }

    @Transactional
    Transfer cancel(Actor actor, UUID id) {
        Transfer before = lockedVisible(actor, id);
        return save(actor, "transfer.cancelled", before, before.cancel());
    }

    private Transfer save(Actor actor, String action, Transfer before, Transfer after) {
        transfers.update(after);
        Transfer saved = transfers.find(actor.tenantId(), after.id()).orElseThrow();
        audit.record(actor, action, "stock_transfer", saved.id(), before, saved);
        publish(actor, saved);
        return saved;
    }

    private void publish(Actor actor, Transfer t) {
        events.publishEvent(TransferEvents.of(t, places.skus(actor, t.lines().stream().map(Line::skuId).toList())));
    }

    /** The transfer, locked; 404 unless the caller sees a side, 403 unless they hold the side that acts. */
    private Transfer locked(Actor actor, UUID id, boolean source) {
        Transfer t = lockedVisible(actor, id);
        UUID side = source ? t.fromPlaceId() : t.toPlaceId();
        if (!places.visible(actor).containsKey(side)) {
            throw ApiProblem.forbidden(source ? "inventory.transfer.source-ships"
                    : "inventory.transfer.destination-receives");
        }
        return t;
    }

    private Transfer lockedVisible(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return transfers.lock(actor.tenantId(), id).filter(t -> reaches(visible, t))
                .orElseThrow(() -> ApiProblem.notFound("transfer"));
    }

    private static boolean reaches(Set<UUID> visible, Transfer t) {
        return visible.contains(t.fromPlaceId()) || visible.contains(t.toPlaceId());
    }

    /** Both places belong to the brand and differ, and the caller's scope reaches at least one of them. */
    private void checkPlaces(Actor actor, Request r) {
        Map<UUID, PlaceRef> all = places.all(actor);
        if (!all.containsKey(r.fromPlaceId())) {
            throw ApiProblem.invalid("fromPlaceId", "inventory.place.foreign");
        }
        if (!all.containsKey(r.toPlaceId())) {
            throw ApiProblem.invalid("toPlaceId", "inventory.place.foreign");
        }
        if (r.fromPlaceId().equals(r.toPlaceId())) {
            throw ApiProblem.invalid("toPlaceId", "inventory.transfer.same-place");
        }
        Map<UUID, PlaceRef> visible = places.visible(actor);
        if (!visible.containsKey(r.fromPlaceId()) && !visible.containsKey(r.toPlaceId())) {
            throw ApiProblem.invalid("toPlaceId", "inventory.transfer.outside");
        }
    }

    /** Lines of existing SKUs, each SKU once; else 400 naming the line. */
    private List<Line> checkedLines(Actor actor, Request r) {
        var skus = places.skus(actor, r.lines().stream().map(l -> l.skuId()).distinct().toList());
        Set<UUID> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            var l = r.lines().get(i);
            if (!skus.containsKey(l.skuId())) {
                throw ApiProblem.invalid("lines[" + i + "].skuId", "catalog.sku.foreign");
            }
            if (!seen.add(l.skuId())) {
                throw ApiProblem.invalid("lines[" + i + "].skuId", "inventory.named-twice");
            }
            lines.add(new Line(l.skuId(), l.quantity(), null, null, null));
        }
        return lines;
    }

    private static List<Quantity> quantities(Count count) {
        return count.lines().stream().map(l -> new Quantity(l.skuId(), l.quantity())).toList();
    }

    private static int requestLine(Count count, UUID sku) {
        for (int i = 0; i < count.lines().size(); i++) {
            if (count.lines().get(i).skuId().equals(sku)) {
                return i;
            }
        }
        throw new IllegalStateException("no request line ships " + sku);
    }

    private ApiProblem outOfStock(Posting p, int line) {
        long available = ledger.available(p.tenantId(), p.skuId(), p.locationId());
        Message message = Message.of("inventory.available-at-source", available);
        return new ApiProblem(ProblemType.OUT_OF_STOCK, Message.of("inventory.line-short", line, message),
                List.of(new FieldProblem("lines[" + line + "].quantity", message)));
    }
}

package io.oneshelf.inventory.transfer;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.inventory.OutOfStock;
import io.oneshelf.inventory.SkuLines;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.transfer.Transfer.Line;
import io.oneshelf.inventory.transfer.Transfer.Quantity;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final SkuCatalog skus;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TransferService(Transfers transfers, StockLedger ledger, StockPlaces places, SkuCatalog skus, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.transfers = transfers;
        this.ledger = ledger;
        this.places = places;
        this.skus = skus;
        this.audit = audit;
    }

    /** Stock asked for by {@code toPlaceId} from {@code fromPlaceId}; a blank reference is made up. */
    record NewTransfer(UUID fromPlaceId, UUID toPlaceId, String reference, String notes,
                       List<SkuLines.Line> lines) {
    }

    /** A place a transfer may name; {@code inScope} tells whether the caller may ship from or receive at it. */
    record TransferPlace(UUID id, String code, String name, PlaceRef.Kind kind, boolean inScope) {
    }

    @Transactional
    TransferView request(Actor actor, NewTransfer r) {
        checkPlaces(actor, r);
        SkuLines lines = SkuLines.of(skus, actor.tenantId(), r.lines());
        UUID id = Ids.next();
        String reference = r.reference() == null || r.reference().isBlank()
                ? "TR-" + id.toString().substring(24).toUpperCase() : r.reference().trim();
        String notes = r.notes() == null || r.notes().isBlank() ? null : r.notes().trim();
        Transfer fresh = new Transfer(id, actor.tenantId(), reference, r.fromPlaceId(), r.toPlaceId(),
                TransferStatus.REQUESTED, notes, lines.lines().stream()
                        .map(l -> new Line(l.skuId(), l.quantity(), null, null, null)).toList(),
                actor.name(), 0, null, null, null, null, null);
        transfers.insert(fresh, actor);
        Transfer stored = transfers.find(actor.tenantId(), id).orElseThrow();
        TransferView created = TransferView.of(stored);
        audit.record(actor, "transfer.requested", "stock_transfer", id, null, created);
        publish(actor, stored);
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
        List<SkuLines.Line> requested = lines.entrySet().stream()
                .map(e -> new SkuLines.Line(e.getKey(), e.getValue())).toList();
        return request(actor, new NewTransfer(fromPlaceId, toPlaceId, reference, notes, requested)).id();
    }

    /** The status name of the brand's transfer, whatever the caller's scope; empty when there is none. */
    public Optional<String> statusOf(UUID tenantId, UUID transferId) {
        return transfers.find(tenantId, transferId).map(t -> t.status().name());
    }

    /** The places in the caller's scope, then every other open warehouse of the brand (anyone may ask HQ). */
    List<TransferPlace> places(Actor actor) {
        Map<UUID, PlaceRef> inScope = places.visible(actor);
        Map<UUID, TransferPlace> result = new LinkedHashMap<>();
        inScope.values().forEach(p -> result.put(p.id(), new TransferPlace(p.id(), p.code(), p.name(), p.kind(), true)));
        places.all(actor).values().stream()
                .filter(p -> p.kind() == PlaceRef.Kind.WAREHOUSE && p.open() && !inScope.containsKey(p.id()))
                .forEach(p -> result.put(p.id(), new TransferPlace(p.id(), p.code(), p.name(), p.kind(), false)));
        return List.copyOf(result.values());
    }

    TransferView get(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return transfers.find(actor.tenantId(), id).filter(t -> reaches(visible, t)).map(TransferView::of)
                .orElseThrow(() -> Rejection.notFound("transfer"));
    }

    List<TransferView> list(Actor actor, TransferStatus status, UUID place, UUID after, int limit) {
        return transfers.list(actor.tenantId(), StockPlaces.ids(places.visible(actor)), status, place, after, limit)
                .stream().map(TransferView::of).toList();
    }

    InTransit inTransit(Actor actor, UUID sku) {
        return InTransit.of(sku, transfers.inTransit(actor.tenantId(), StockPlaces.ids(places.visible(actor)), sku));
    }

    /**
     * Takes the shipped stock off the source's on hand; refused naming the first request line the source cannot
     * cover ({@link OutOfStock} as the reason of a {@link LineRejected}).
     */
    @Transactional
    TransferView ship(Actor actor, UUID id, List<Quantity> quantities) {
        Transfer before = locked(actor, id, true);
        Transfer shipped = before.ship(quantities);
        List<Posting> departures = new ArrayList<>(shipped.departures(actor));
        departures.sort(Posting.LOCK_ORDER);
        for (Posting p : departures) {
            if (ledger.post(p).isEmpty()) {
                throw outOfStock(p, requestLine(quantities, p.skuId()));
            }
        }
        return save(actor, "transfer.shipped", before, shipped);
    }

    /** Puts what arrived on the destination's on hand; a difference from what was shipped stays on the line. */
    @Transactional
    TransferView receive(Actor actor, UUID id, List<Quantity> quantities) {
        Transfer before = locked(actor, id, false);
        Transfer received = before.receive(quantities);
        received.arrivals(actor).stream().sorted(Posting.LOCK_ORDER).forEach(p -> ledger.post(p)
                .orElseThrow(() -> new IllegalStateException("an arrival cannot break a balance: " + p)));
        return save(actor, "transfer.received", before, received);
    }

    @Transactional
    TransferView cancel(Actor actor, UUID id) {
        Transfer before = lockedVisible(actor, id);
        return save(actor, "transfer.cancelled", before, before.cancel());
    }

    private TransferView save(Actor actor, String action, Transfer before, Transfer after) {
        transfers.update(after);
        Transfer stored = transfers.find(actor.tenantId(), after.id()).orElseThrow();
        TransferView saved = TransferView.of(stored);
        audit.record(actor, action, "stock_transfer", saved.id(), TransferView.of(before), saved);
        publish(actor, stored);
        return saved;
    }

    private void publish(Actor actor, Transfer t) {
        events.publishEvent(TransferEvents.of(t, places.skus(actor, t.lines().stream().map(Line::skuId).toList())));
    }

    /** The transfer, locked; not found unless the caller sees a side, forbidden unless they hold the acting side. */
    private Transfer locked(Actor actor, UUID id, boolean source) {
        Transfer t = lockedVisible(actor, id);
        UUID side = source ? t.fromPlaceId() : t.toPlaceId();
        if (!places.visible(actor).containsKey(side)) {
            throw Rejection.forbidden(source ? "inventory.transfer.source-ships"
                    : "inventory.transfer.destination-receives");
        }
        return t;
    }

    private Transfer lockedVisible(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return transfers.lock(actor.tenantId(), id).filter(t -> reaches(visible, t))
                .orElseThrow(() -> Rejection.notFound("transfer"));
    }

    private static boolean reaches(Set<UUID> visible, Transfer t) {
        return visible.contains(t.fromPlaceId()) || visible.contains(t.toPlaceId());
    }

    /** Both places belong to the brand and differ, and the caller's scope reaches at least one of them. */
    private void checkPlaces(Actor actor, NewTransfer r) {
        Map<UUID, PlaceRef> all = places.all(actor);
        if (!all.containsKey(r.fromPlaceId())) {
            throw Rejection.invalid("fromPlaceId", "inventory.place.foreign");
        }
        if (!all.containsKey(r.toPlaceId())) {
            throw Rejection.invalid("toPlaceId", "inventory.place.foreign");
        }
        if (r.fromPlaceId().equals(r.toPlaceId())) {
            throw Rejection.invalid("toPlaceId", "inventory.transfer.same-place");
        }
        Map<UUID, PlaceRef> visible = places.visible(actor);
        if (!visible.containsKey(r.fromPlaceId()) && !visible.containsKey(r.toPlaceId())) {
            throw Rejection.invalid("toPlaceId", "inventory.transfer.outside");
        }
    }

    private static int requestLine(List<Quantity> quantities, UUID sku) {
        for (int i = 0; i < quantities.size(); i++) {
            if (quantities.get(i).skuId().equals(sku)) {
                return i;
            }
        }
        throw new IllegalStateException("no request line ships " + sku);
    }

    private LineRejected outOfStock(Posting p, int line) {
        long available = ledger.available(p.tenantId(), p.skuId(), p.locationId());
        return new LineRejected(line, new OutOfStock(p.skuId(), p.locationId(), available, "quantity",
                Message.of("inventory.available-at-source", available)));
    }
}

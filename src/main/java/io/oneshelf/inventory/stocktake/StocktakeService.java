package io.oneshelf.inventory.stocktake;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.inventory.OutOfStock;
import io.oneshelf.inventory.SkuLines;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.StocktakePosted;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.stocktake.Stocktake.Count;
import io.oneshelf.inventory.stocktake.Stocktake.Line;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, counts, posts and cancels stocktakes at the places within the caller's scope. Posting changes stock
 * only through the {@link StockLedger}, so the balances keep equalling the ledger; the rule for the difference
 * is on {@link Stocktake}.
 */
@Service
class StocktakeService {

    private static final String ENTITY = "stocktake";

    private final Stocktakes stocktakes;
    private final StockLedger ledger;
    private final StockPlaces places;
    private final SkuCatalog skus;
    private final StocktakeViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    StocktakeService(Stocktakes stocktakes, StockLedger ledger, StockPlaces places, SkuCatalog skus,
                     StocktakeViews views, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.stocktakes = stocktakes;
        this.ledger = ledger;
        this.places = places;
        this.skus = skus;
        this.views = views;
        this.audit = audit;
    }

    /**
     * A stocktake to start at a place.
     *
     * @param skuIds the SKUs to count; null for every SKU with a balance at the place
     */
    record StartStocktake(UUID placeId, List<UUID> skuIds) {
    }

    /** Freezes the book quantity of the place's SKUs (or of those named) as the count sheet. */
    @Transactional
    StocktakeView start(Actor actor, StartStocktake command) {
        PlaceRef place = places.reachable(actor, command.placeId());
        List<UUID> skuIds = command.skuIds() == null ? null
                : SkuLines.distinctSkus(skus, actor.tenantId(), command.skuIds(), "skuIds");
        Map<UUID, Long> book = ledger.onHand(actor.tenantId(), place.id(), skuIds);
        if (book.isEmpty()) {
            throw Rejection.invalid("skuIds", "inventory.stocktake.nothing-to-count");
        }
        List<Line> lines = book.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue(), null, null))
                .toList();
        Stocktake fresh = new Stocktake(Ids.next(), actor.tenantId(), place.id(), StocktakeStatus.OPEN, lines, 0,
                null, null);
        stocktakes.insert(fresh, actor);
        StocktakeView view = views.of(actor, stocktakes.find(actor.tenantId(), fresh.id()).orElseThrow());
        audit.record(actor, "stocktake.started", ENTITY, fresh.id(), null, view);
        return view;
    }

    List<StocktakeView> list(Actor actor, UUID place, StocktakeStatus status, UUID after, int limit) {
        Map<UUID, PlaceRef> visible = places.visible(actor);
        return stocktakes.list(actor.tenantId(), StockPlaces.ids(visible), place, status, after, limit).stream()
                .map(s -> views.summary(s, visible.get(s.placeId()))).toList();
    }

    StocktakeView get(Actor actor, UUID id) {
        return views.of(actor, stocktakes.find(actor.tenantId(), id).filter(s -> reachable(actor, s))
                .orElseThrow(() -> Rejection.notFound("stocktake")));
    }

    @Transactional
    StocktakeView count(Actor actor, UUID id, List<Count> counts) {
        Stocktake before = locked(actor, id);
        Stocktake counted = before.count(counts);
        return save(actor, "stocktake.counted", before, counted);
    }

    /** Posts one STOCKTAKE movement per counted line whose difference is not zero, in lock order. */
    @Transactional
    StocktakeView post(Actor actor, UUID id) {
        Stocktake before = locked(actor, id);
        Stocktake posting = before.post();
        Map<UUID, Long> differences = new HashMap<>();
        List<Line> counted = posting.lines().stream().filter(Line::counted)
                .sorted((a, b) -> a.skuId().compareTo(b.skuId())).toList();
        for (Line line : counted) {
            long onHandNow = ledger.lockOnHand(actor.tenantId(), line.skuId(), posting.placeId());
            long difference = line.countedQuantity() - onHandNow;
            differences.put(line.skuId(), difference);
            if (difference != 0) {
                ledger.post(Posting.stocktake(actor, line.skuId(), posting.placeId(), difference,
                        "stocktake " + posting.id())).orElseThrow(() -> belowReserved(posting, line,
                        ledger.held(actor.tenantId(), line.skuId(), posting.placeId())));
            }
        }
        Stocktake posted = posting.posted(differences);
        StocktakeView view = save(actor, "stocktake.posted", before, posted);
        events.publishEvent(postedEvent(actor, posted));
        return view;
    }

    @Transactional
    StocktakeView cancel(Actor actor, UUID id) {
        Stocktake before = locked(actor, id);
        return save(actor, "stocktake.cancelled", before, before.cancel());
    }

    private StocktakeView save(Actor actor, String action, Stocktake before, Stocktake after) {
        stocktakes.update(after);
        StocktakeView view = views.of(actor, stocktakes.find(actor.tenantId(), after.id()).orElseThrow());
        audit.record(actor, action, ENTITY, after.id(), views.summary(before, null), view);
        return view;
    }

    private StocktakePosted postedEvent(Actor actor, Stocktake s) {
        List<Line> counted = s.lines().stream().filter(Line::counted).toList();
        Map<UUID, SkuRef> skus = places.skus(actor, counted.stream().map(Line::skuId).toList());
        return new StocktakePosted(actor.tenantId(), s.id(), s.placeId(), counted.stream()
                .map(l -> new StocktakePosted.Line(l.skuId(), skus.containsKey(l.skuId())
                        ? skus.get(l.skuId()).code() : null, l.countedQuantity(), l.postedDifference())).toList());
    }

    private Stocktake locked(Actor actor, UUID id) {
        return stocktakes.lock(actor.tenantId(), id).filter(s -> reachable(actor, s))
                .orElseThrow(() -> Rejection.notFound("stocktake"));
    }

    private boolean reachable(Actor actor, Stocktake s) {
        return places.visible(actor).containsKey(s.placeId());
    }

    /** A count is never negative, so the only refusal is a count below what is reserved. */
    private static LineRejected belowReserved(Stocktake s, Line line, StockLedger.Held held) {
        Message message = Message.of("inventory.stocktake.below-reserved", line.countedQuantity(), held.reserved());
        return new LineRejected(s.lines().indexOf(line), new OutOfStock(line.skuId(), s.placeId(),
                Math.max(0, held.onHand() - held.reserved()), "countedQuantity", message));
    }
}

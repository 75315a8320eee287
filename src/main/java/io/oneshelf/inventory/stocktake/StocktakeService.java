package io.oneshelf.inventory.stocktake;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.StocktakePosted;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.stocktake.Stocktake.Count;
import io.oneshelf.inventory.stocktake.Stocktake.Line;
import io.oneshelf.inventory.stocktake.StocktakeRequests.Counts;
import io.oneshelf.inventory.stocktake.StocktakeRequests.Start;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.web.FieldProblem;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
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
    private final StocktakeViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    StocktakeService(Stocktakes stocktakes, StockLedger ledger, StockPlaces places, StocktakeViews views,
                     AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.stocktakes = stocktakes;
        this.ledger = ledger;
        this.places = places;
        this.views = views;
        this.audit = audit;
    }

    /** Freezes the book quantity of the place's SKUs (or of those named) as the count sheet. */
    @Transactional
    StocktakeView start(Actor actor, Start request) {
        PlaceRef place = places.reachable(actor, request.placeId());
        List<UUID> skuIds = request.skuIds() == null ? null : checkedSkus(actor, request.skuIds());
        Map<UUID, Long> book = ledger.onHand(actor.tenantId(), place.id(), skuIds);
        if (book.isEmpty()) {
            throw ApiProblem.invalid("skuIds", "inventory.stocktake.nothing-to-count");
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
                .orElseThrow(() -> ApiProblem.notFound("stocktake")));
    }

    @Transactional
    StocktakeView count(Actor actor, UUID id, Counts request) {
        Stocktake before = locked(actor, id);
        Stocktake counted = before.count(request.lines().stream()
                .map(l -> new Count(l.skuId(), l.countedQuantity())).toList());
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
                .orElseThrow(() -> ApiProblem.notFound("stocktake"));
    }

    private boolean reachable(Actor actor, Stocktake s) {
        return places.visible(actor).containsKey(s.placeId());
    }

    /** The brand's SKUs named, each once; a problem names the first bad entry as {@code skuIds[i]}. */
    private List<UUID> checkedSkus(Actor actor, List<UUID> skuIds) {
        Map<UUID, ?> known = places.skus(actor, skuIds);
        for (int i = 0; i < skuIds.size(); i++) {
            if (!known.containsKey(skuIds.get(i))) {
                throw ApiProblem.invalid("skuIds[" + i + "]", "catalog.sku.foreign");
            }
            if (skuIds.indexOf(skuIds.get(i)) != i) {
                throw ApiProblem.invalid("skuIds[" + i + "]", "inventory.named-twice");
            }
        }
        return skuIds;
    }

    /** A count is never negative, so the only refusal is a count below what is reserved. */
    private static ApiProblem belowReserved(Stocktake s, Line line, StockLedger.Held held) {
        String field = "lines[" + s.lines().indexOf(line) + "].countedQuantity";
        Message message = Message.of("inventory.stocktake.below-reserved", line.countedQuantity(), held.reserved());
        return new ApiProblem(ProblemType.OUT_OF_STOCK, message, List.of(new FieldProblem(field, message)));
    }
}

package io.oneshelf.inventory.stocktake;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.stocktake.Stocktake.Line;
import io.oneshelf.inventory.stocktake.StocktakeView.LineView;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns stocktakes into what the API shows: names of the place and SKUs, and the difference preview. */
@Component
class StocktakeViews {

    private final StockPlaces places;
    private final StockLedger ledger;

    StocktakeViews(StockPlaces places, StockLedger ledger) {
        this.places = places;
        this.ledger = ledger;
    }

    /** With lines; an open stocktake previews each counted line's difference against on hand now. */
    StocktakeView of(Actor actor, Stocktake s) {
        Map<UUID, SkuRef> skus = places.skus(actor, s.lines().stream().map(Line::skuId).toList());
        boolean open = s.status() == StocktakeStatus.OPEN;
        Map<UUID, Long> now = open
                ? ledger.onHand(s.tenantId(), s.placeId(), s.lines().stream().map(Line::skuId).toList()) : Map.of();
        List<LineView> lines = s.lines().stream().map(l -> {
            SkuRef sku = skus.get(l.skuId());
            Long onHand = now.get(l.skuId());
            Long difference = open ? (l.counted() ? l.countedQuantity() - onHand : null) : l.postedDifference();
            return new LineView(l.skuId(), sku == null ? null : sku.code(), sku == null ? null : sku.name(),
                    l.bookQuantity(), l.countedQuantity(), onHand, difference);
        }).toList();
        return view(s, places.visible(actor).get(s.placeId()), lines);
    }

    /** Without lines, for lists. */
    StocktakeView summary(Stocktake s, PlaceRef place) {
        return view(s, place, null);
    }

    private static StocktakeView view(Stocktake s, PlaceRef place, List<LineView> lines) {
        int counted = (int) s.lines().stream().filter(Line::counted).count();
        return new StocktakeView(s.id(), s.placeId(), place == null ? null : place.name(), s.status(),
                s.lines().size(), counted, s.uncounted(), lines, s.version(), s.createdAt(), s.updatedAt());
    }
}

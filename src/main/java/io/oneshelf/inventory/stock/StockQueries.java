package io.oneshelf.inventory.stock;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.stock.Balances.Row;
import io.oneshelf.inventory.stock.StockLocations.Settings;
import io.oneshelf.inventory.stock.StockViews.OnlineStock;
import io.oneshelf.inventory.stock.StockViews.PlaceStock;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.TimeWindow;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Balances, movements, reconciliation and online stock as the caller's scope may see them. */
@Service
class StockQueries {

    private final StockPlaces places;
    private final Balances balances;
    private final StockLocations locations;

    StockQueries(StockPlaces places, Balances balances, StockLocations locations) {
        this.places = places;
        this.balances = balances;
        this.locations = locations;
    }

    List<Balance> balances(Actor actor, UUID sku, UUID location, UUID after, int limit) {
        Map<UUID, PlaceRef> visible = places.visible(actor);
        return named(actor, visible,
                balances.list(actor.tenantId(), StockPlaces.ids(visible), sku, location, after, limit));
    }

    /** Low-stock alerts: balances within scope whose available is at most the threshold (default: safety stock). */
    List<Balance> lowStock(Actor actor, UUID location, Long threshold, UUID after, int limit) {
        Map<UUID, PlaceRef> visible = places.visible(actor);
        return named(actor, visible,
                balances.low(actor.tenantId(), StockPlaces.ids(visible), location, threshold, after, limit));
    }

    private List<Balance> named(Actor actor, Map<UUID, PlaceRef> visible, List<Row> rows) {
        Map<UUID, SkuRef> skus = places.skus(actor, rows.stream().map(Row::skuId).distinct().toList());
        return rows.stream().map(r -> {
            SkuRef s = skus.get(r.skuId());
            return new Balance(r.id(), r.skuId(), s == null ? null : s.code(), s == null ? null : s.name(),
                    r.locationId(), visible.get(r.locationId()).name(), r.onHand(), r.reserved(), r.safetyStock(),
                    r.available(), r.version(), r.updatedAt());
        }).toList();
    }

    List<StockMovement> movements(Actor actor, UUID sku, UUID location, TimeWindow window, int limit) {
        UUID[] visible = StockPlaces.ids(places.visible(actor));
        return balances.movements(actor.tenantId(), visible, sku, location, window, limit);
    }

    /**
     * Online sellable = available summed over the open places shared with online, brand-wide; the per-place list
     * shows only the places the caller's scope reaches.
     */
    OnlineStock online(Actor actor, UUID skuId) {
        if (places.skus(actor, List.of(skuId)).isEmpty()) {
            throw Rejection.notFound("sku");
        }
        List<Row> rows = balances.ofSku(actor.tenantId(), skuId);
        Map<UUID, Settings> settings = locations.settings(actor.tenantId(), rows.stream().map(Row::locationId).toList());
        Map<UUID, PlaceRef> all = places.all(actor);
        Map<UUID, PlaceRef> visible = places.visible(actor);
        long sellable = rows.stream()
                .filter(r -> shared(settings, r.locationId()) && all.containsKey(r.locationId())
                             && all.get(r.locationId()).open())
                .mapToLong(Row::available).sum();
        List<PlaceStock> reachable = rows.stream().filter(r -> visible.containsKey(r.locationId()))
                .map(r -> {
                    PlaceRef p = visible.get(r.locationId());
                    return new PlaceStock(p.id(), p.kind().name(), p.code(), p.name(), shared(settings, p.id()),
                            r.available());
                }).toList();
        return new OnlineStock(skuId, sellable, reachable);
    }

    private static boolean shared(Map<UUID, Settings> settings, UUID placeId) {
        Settings s = settings.get(placeId);
        return s != null && s.sharedWithOnline();
    }
}

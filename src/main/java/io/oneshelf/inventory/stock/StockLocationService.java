package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockLocations.Settings;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves the stock settings of the places within the caller's scope, auditing each change. */
@Service
class StockLocationService {

    private final StockPlaces places;
    private final StockLocations locations;
    private final AuditLog audit;

    StockLocationService(StockPlaces places, StockLocations locations, AuditLog audit) {
        this.places = places;
        this.locations = locations;
        this.audit = audit;
    }

    List<StockLocation> list(Actor actor) {
        Map<UUID, PlaceRef> visible = places.visible(actor);
        Map<UUID, Settings> settings = locations.settings(actor.tenantId(), visible.keySet());
        return visible.values().stream().map(p -> StockLocations.of(p, settings.get(p.id()))).toList();
    }

    StockLocation get(Actor actor, UUID placeId) {
        PlaceRef place = places.reachable(actor, placeId);
        return StockLocations.of(place, locations.settings(actor.tenantId(), List.of(placeId)).get(placeId));
    }

    /** Creates the settings on first save; later saves replace them. */
    @Transactional
    StockLocation save(Actor actor, UUID placeId, boolean sharedWithOnline, long safetyStock) {
        StockLocation before = get(actor, placeId);
        locations.save(actor.tenantId(), new Settings(placeId, sharedWithOnline, safetyStock));
        StockLocation after = get(actor, placeId);
        audit.record(actor, "stock-location.saved", "stock-location", placeId, before, after);
        return after;
    }
}

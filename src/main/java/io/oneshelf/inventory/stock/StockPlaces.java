package io.oneshelf.inventory.stock;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where an actor may see or move stock (the places their scope reaches, by org's rules) and which SKUs exist,
 * answered through org's and catalog's public APIs.
 */
@Component
public class StockPlaces {

    private final Places places;
    private final SkuCatalog skus;

    StockPlaces(Places places, SkuCatalog skus) {
        this.places = places;
        this.skus = skus;
    }

    /** The places the actor's scope reaches, by id, in code order. */
    public Map<UUID, PlaceRef> visible(Actor actor) {
        Map<UUID, PlaceRef> result = new LinkedHashMap<>();
        places.visibleTo(actor).forEach(p -> result.put(p.id(), p));
        return result;
    }

    /** Every place of the actor's brand, whatever the actor's scope: for brand-wide figures, never for lists. */
    public Map<UUID, PlaceRef> all(Actor actor) {
        return visible(new Actor(actor.kind(), actor.id(), actor.tenantId(), actor.name(), actor.role(),
                ScopeType.BRAND, actor.tenantId()));
    }

    /** A place a command names: refused as invalid on {@code field} when out of reach. */
    public PlaceRef within(Actor actor, UUID placeId, String field) {
        PlaceRef place = visible(actor).get(placeId);
        if (place == null) {
            throw Rejection.invalid(field, "inventory.location.outside");
        }
        return place;
    }

    /** A place looked up by id: not found when out of reach, whether or not it exists elsewhere. */
    public PlaceRef reachable(Actor actor, UUID placeId) {
        PlaceRef place = visible(actor).get(placeId);
        if (place == null) {
            throw Rejection.notFound("stock-location");
        }
        return place;
    }

    public Map<UUID, SkuRef> skus(Actor actor, Collection<UUID> ids) {
        return skus.find(actor.tenantId(), ids);
    }

    /** A SKU a command names: refused as invalid on {@code field} when the brand has no such SKU. */
    public SkuRef sku(Actor actor, UUID skuId, String field) {
        SkuRef sku = skus.find(actor.tenantId(), List.of(skuId)).get(skuId);
        if (sku == null) {
            throw Rejection.invalid(field, "catalog.sku.foreign");
        }
        return sku;
    }

    public static UUID[] ids(Map<UUID, PlaceRef> places) {
        return places.keySet().toArray(UUID[]::new);
    }
}

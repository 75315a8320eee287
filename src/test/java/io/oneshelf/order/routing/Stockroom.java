package io.oneshelf.order.routing;

import io.oneshelf.inventory.Availability;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.security.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A plain fake of a brand's places and their stock, for routing's unit tests: places are put on a line due north
 * of {@link #HOME}, the customer's address, at a given distance; stock is set per place and SKU.
 */
final class Stockroom implements Availability, Router.PlaceLookup {

    static final UUID BRAND = UUID.randomUUID();
    /** The customer's address: People's Square, Shanghai. */
    static final Destination HOME = new Destination(new BigDecimal("31.230400"), new BigDecimal("121.473700"));
    /** km per degree of latitude on the haversine's sphere. */
    private static final double KM_PER_DEGREE = Math.PI * GreatCircle.EARTH_RADIUS_KM / 180;

    private record Held(PlaceRef place, boolean shared, Map<UUID, SkuStock> stock) {
    }

    private final Map<UUID, Held> places = new LinkedHashMap<>();
    /** What the last call of {@link #atPlaces} asked for: whether only places shared with online. */
    Boolean lastOnlineOnly;

    PlaceRef warehouse(String code, double kmNorth) {
        return add(PlaceRef.Kind.WAREHOUSE, code, kmNorth, null, true);
    }

    PlaceRef store(String code, double kmNorth) {
        return add(PlaceRef.Kind.STORE, code, kmNorth, null, true);
    }

    PlaceRef franchisedStore(String code, double kmNorth, UUID franchisee) {
        return add(PlaceRef.Kind.STORE, code, kmNorth, franchisee, true);
    }

    PlaceRef closedStore(String code, double kmNorth) {
        return add(PlaceRef.Kind.STORE, code, kmNorth, null, false);
    }

    /** The place keeps its stock off online sales. */
    void notShared(PlaceRef place) {
        places.computeIfPresent(place.id(), (id, h) -> new Held(h.place(), false, h.stock()));
    }

    void stock(PlaceRef place, UUID sku, long onHand) {
        stock(place, sku, onHand, 0, 0);
    }

    void stock(PlaceRef place, UUID sku, long onHand, long held, long safetyStock) {
        places.get(place.id()).stock().put(sku, new SkuStock(onHand, held, safetyStock));
    }

    private PlaceRef add(PlaceRef.Kind kind, String code, double kmNorth, UUID franchisee, boolean open) {
        BigDecimal latitude = HOME.latitude().add(BigDecimal.valueOf(kmNorth / KM_PER_DEGREE))
                .setScale(6, RoundingMode.HALF_UP);
        PlaceRef place = new PlaceRef(UUID.randomUUID(), kind, code, kind + " " + code, null, franchisee, open,
                latitude, HOME.longitude());
        places.put(place.id(), new Held(place, true, new HashMap<>()));
        return place;
    }

    @Override
    public List<PlaceAvailability> atPlaces(Actor by, Collection<UUID> skuIds, boolean onlineOnly) {
        if (!by.tenantId().equals(BRAND) || !by.brandWide()) {
            throw new AssertionError("routing reads stock brand-wide for its brand: " + by);
        }
        lastOnlineOnly = onlineOnly;
        List<PlaceAvailability> result = new ArrayList<>();
        places.values().stream().filter(h -> h.place().open() && (!onlineOnly || h.shared()))
                .sorted(Comparator.comparing(h -> h.place().code())).forEach(h -> {
                    Map<UUID, SkuStock> asked = new HashMap<>(h.stock());
                    asked.keySet().retainAll(skuIds);
                    result.add(new PlaceAvailability(h.place(), h.shared(), asked));
                });
        return result;
    }

    @Override
    public Optional<PlaceRef> find(UUID brandId, UUID placeId) {
        return brandId.equals(BRAND) ? Optional.ofNullable(places.get(placeId)).map(Held::place) : Optional.empty();
    }

    @Override
    public Map<UUID, Long> onlineSellable(Actor by, Collection<UUID> skuIds) {
        throw new UnsupportedOperationException("routing does not ask");
    }

    @Override
    public List<PlaceStock> perStore(Actor by, UUID skuId) {
        throw new UnsupportedOperationException("routing does not ask");
    }

    @Override
    public List<PlaceStock> nearbyStores(Actor by, UUID skuId, long quantity, UUID nearPlaceId) {
        throw new UnsupportedOperationException("routing does not ask");
    }
}

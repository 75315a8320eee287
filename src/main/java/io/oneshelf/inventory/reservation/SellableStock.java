package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.Availability;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.security.Actor;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What can be sold, from the balances: on hand less held less safety stock, never below zero. */
@Component
class SellableStock implements Availability {

    private final JdbcClient jdbc;
    private final StockPlaces places;

    SellableStock(JdbcClient jdbc, StockPlaces places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @Override
    public Map<UUID, Long> onlineSellable(Actor by, Collection<UUID> skuIds) {
        Map<UUID, Long> result = new LinkedHashMap<>();
        skuIds.forEach(s -> result.put(s, 0L));
        UUID[] open = places.all(by).values().stream().filter(PlaceRef::open).map(PlaceRef::id).toArray(UUID[]::new);
        jdbc.sql("""
                select b.sku_id, sum(greatest(0, b.on_hand - b.reserved - b.safety_stock))
                from stock_balance b
                join stock_location l on l.tenant_id = b.tenant_id and l.place_id = b.location_id
                where b.tenant_id = :tenant and b.sku_id = any(:skus) and b.location_id = any(:open)
                  and l.shared_with_online
                group by b.sku_id""")
                .param("tenant", by.tenantId()).param("skus", skuIds.toArray(UUID[]::new)).param("open", open)
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return result;
    }

    @Override
    public List<PlaceStock> perStore(Actor by, UUID skuId) {
        List<PlaceRef> stores = places.all(by).values().stream()
                .filter(p -> p.open() && p.kind() == PlaceRef.Kind.STORE).toList();
        Map<UUID, Long> available = new HashMap<>();
        jdbc.sql("""
                select location_id, greatest(0, on_hand - reserved - safety_stock) from stock_balance
                where tenant_id = :tenant and sku_id = :sku and location_id = any(:stores)""")
                .param("tenant", by.tenantId()).param("sku", skuId)
                .param("stores", stores.stream().map(PlaceRef::id).toArray(UUID[]::new))
                .query((rs, n) -> available.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return stores.stream().map(p -> new PlaceStock(p.id(), p.code(), p.name(), p.regionId(),
                available.getOrDefault(p.id(), 0L))).toList();
    }

    @Override
    public List<PlaceStock> nearbyStores(Actor by, UUID skuId, long quantity, UUID nearPlaceId) {
        PlaceRef near = nearPlaceId == null ? null : places.all(by).get(nearPlaceId);
        return perStore(by, skuId).stream().filter(s -> s.available() >= Math.max(1, quantity))
                .sorted(Comparator.comparingInt(s -> distance(near, s))).toList();
    }

    @Override
    public List<PlaceAvailability> atPlaces(Actor by, Collection<UUID> skuIds, boolean onlineOnly) {
        List<PlaceRef> open = places.all(by).values().stream().filter(PlaceRef::open).toList();
        Map<UUID, Boolean> shared = new HashMap<>();
        Map<UUID, Map<UUID, SkuStock>> stock = new HashMap<>();
        jdbc.sql("""
                select p.id, coalesce(l.shared_with_online, false), b.sku_id, b.on_hand, b.reserved, b.safety_stock
                from unnest(:places) as p(id)
                left join stock_location l on l.tenant_id = :tenant and l.place_id = p.id
                left join stock_balance b on b.tenant_id = :tenant and b.location_id = p.id and b.sku_id = any(:skus)""")
                .param("tenant", by.tenantId()).param("skus", skuIds.stream().distinct().toArray(UUID[]::new))
                .param("places", open.stream().map(PlaceRef::id).toArray(UUID[]::new))
                .query((rs, n) -> {
                    UUID place = rs.getObject(1, UUID.class);
                    shared.put(place, rs.getBoolean(2));
                    Map<UUID, SkuStock> here = stock.computeIfAbsent(place, p -> new HashMap<>());
                    UUID sku = rs.getObject(3, UUID.class);
                    if (sku != null) {
                        here.put(sku, new SkuStock(rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                    }
                    return place;
                }).list();
        return open.stream().filter(p -> !onlineOnly || shared.getOrDefault(p.id(), false))
                .map(p -> new PlaceAvailability(p, shared.getOrDefault(p.id(), false),
                        stock.getOrDefault(p.id(), Map.of()))).toList();
    }

    /** 0 for the place itself, 1 for its region, 2 for the rest: places have no coordinates to measure. */
    private static int distance(PlaceRef near, PlaceStock s) {
        if (near == null) {
            return 2;
        }
        if (near.id().equals(s.placeId())) {
            return 0;
        }
        return near.regionId() != null && Objects.equals(near.regionId(), s.regionId()) ? 1 : 2;
    }
}

package io.oneshelf.inventory.stock;

import io.oneshelf.org.PlaceRef;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock settings of places; a place without a row has the defaults. */
@Repository
class StockLocations {

    private final JdbcClient jdbc;

    StockLocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Settings(UUID placeId, boolean sharedWithOnline, long safetyStock) {
    }

    Map<UUID, Settings> settings(UUID tenant, Collection<UUID> placeIds) {
        return jdbc.sql("""
                select place_id, shared_with_online, safety_stock from stock_location
                where tenant_id = :tenant and place_id = any(:ids)""")
                .param("tenant", tenant).param("ids", placeIds.toArray(UUID[]::new))
                .query((rs, n) -> new Settings(rs.getObject("place_id", UUID.class),
                        rs.getBoolean("shared_with_online"), rs.getLong("safety_stock")))
                .list().stream().collect(Collectors.toMap(Settings::placeId, Function.identity()));
    }

    /** Creates the settings of a place that has none; a place with settings keeps them. */
    void setUp(UUID tenant, Settings s) {
        jdbc.sql("""
                insert into stock_location(tenant_id, place_id, shared_with_online, safety_stock, version, created_at,
                                           updated_at)
                values (:tenant, :place, :shared, :safety, 0, now(), now())
                on conflict (tenant_id, place_id) do nothing""")
                .param("tenant", tenant).param("place", s.placeId()).param("shared", s.sharedWithOnline())
                .param("safety", s.safetyStock())
                .update();
    }

    /** Creates or replaces the settings and copies the safety stock onto the place's balances. */
    void save(UUID tenant, Settings s) {
        jdbc.sql("""
                insert into stock_location(tenant_id, place_id, shared_with_online, safety_stock, version, created_at,
                                           updated_at)
                values (:tenant, :place, :shared, :safety, 0, now(), now())
                on conflict (tenant_id, place_id) do update set shared_with_online = excluded.shared_with_online,
                    safety_stock = excluded.safety_stock, version = stock_location.version + 1, updated_at = now()""")
                .param("tenant", tenant).param("place", s.placeId()).param("shared", s.sharedWithOnline())
                .param("safety", s.safetyStock())
                .update();
        jdbc.sql("""
                update stock_balance set safety_stock = :safety, version = version + 1, updated_at = now()
                where tenant_id = :tenant and location_id = :place and safety_stock <> :safety""")
                .param("tenant", tenant).param("place", s.placeId()).param("safety", s.safetyStock())
                .update();
    }

    static StockLocation of(PlaceRef place, Settings s) {
        return s == null
                ? new StockLocation(place.id(), place.kind().name(), place.code(), place.name(), false, 0, false)
                : new StockLocation(place.id(), place.kind().name(), place.code(), place.name(),
                        s.sharedWithOnline(), s.safetyStock(), true);
    }
}

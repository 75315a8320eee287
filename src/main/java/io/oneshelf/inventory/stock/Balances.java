package io.oneshelf.inventory.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import io.oneshelf.platform.web.TimeWindow;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads balances and the ledger, always limited to one tenant and to the given locations. */
@Repository
class Balances {

    private final JdbcClient jdbc;

    Balances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raw balance rows; names are filled in by the caller. */
    record Row(UUID id, UUID skuId, UUID locationId, long onHand, long reserved, long safetyStock, long version,
               OffsetDateTime updatedAt) {

        long available() {
            return Math.max(0, onHand - reserved - safetyStock);
        }
    }

    /** One page of balances by id after {@code after}, optionally of one SKU and one place. */
    List<Row> list(UUID tenant, UUID[] locations, UUID sku, UUID location, UUID after, int limit) {
        return run(scoped("stock_balance", sku == null ? "id > :after" : "sku_id = :sku and id > :after", "id",
                tenant, locations, location, new MapSqlParameterSource().addValue("sku", sku).addValue("after", after),
                limit), Balances::row);
    }

    /**
     * One page of the ledger within the time window, newest first unless the window says otherwise, optionally of
     * one SKU and one place.
     */
    List<StockMovement> movements(UUID tenant, UUID[] locations, UUID sku, UUID location, TimeWindow window,
                                  int limit) {
        return run(movementsSql(tenant, locations, sku, location, window, limit), Balances::movement);
    }

    /** The statement {@link #movements} runs (for plan tests); null when the place is outside the scope. */
    Sql movementsSql(UUID tenant, UUID[] locations, UUID sku, UUID location, TimeWindow window, int limit) {
        String range = window.range("id");
        return scoped("stock_movement", sku == null ? range : "sku_id = :sku and " + range, window.sort("id"),
                tenant, locations, location, new MapSqlParameterSource().addValue("sku", sku)
                        .addValue("lo", window.lo()).addValue("hi", window.hi()), limit);
    }

    /**
     * One page of the balances of the given places whose available (on hand - reserved - safety stock, never
     * below 0) is at most the threshold, or at most the balance's own safety stock when no threshold is given.
     */
    List<Row> low(UUID tenant, UUID[] locations, UUID location, Long threshold, UUID after, int limit) {
        String low = "greatest(on_hand - reserved - safety_stock, 0) <= "
                     + (threshold == null ? "safety_stock" : ":threshold") + " and id > :after";
        return run(scoped("stock_balance", low, "id", tenant, locations, location,
                new MapSqlParameterSource().addValue("threshold", threshold).addValue("after", after), limit),
                Balances::row);
    }

    /**
     * The first {@code limit} rows of a table in the given order, of one place or of every given place. Each
     * filter combination is its own SQL text, so every plan, generic ones included, walks an index that starts
     * with (tenant, place) or (tenant, SKU, place); many places are read one index range each (a LATERAL per
     * place, {@code limit} rows at most from each) and merged, which costs the same on a ledger of any length.
     * Null when the one place asked for is outside the given places.
     */
    private static Sql scoped(String table, String where, String order, UUID tenant, UUID[] locations,
                              UUID location, MapSqlParameterSource params, int limit) {
        params.addValue("tenant", tenant).addValue("limit", limit);
        if (location != null) {
            if (!Arrays.asList(locations).contains(location)) {
                return null;
            }
            return new Sql("select * from " + table + " where tenant_id = :tenant and location_id = :location and "
                           + where + " order by " + order + " limit :limit", params.addValue("location", location));
        }
        return new Sql("select x.* from unnest(cast(:locations as uuid[])) as l(id) cross join lateral (select * from "
                       + table + " where tenant_id = :tenant and location_id = l.id and " + where + " order by "
                       + order + " limit :limit) x order by x." + order + " limit :limit",
                params.addValue("locations", locations));
    }

    /** A statement and its parameters. */
    record Sql(String text, MapSqlParameterSource params) {
    }

    private <T> List<T> run(Sql sql, RowMapper<T> mapper) {
        return sql == null ? List.of() : jdbc.sql(sql.text()).paramSource(sql.params()).query(mapper).list();
    }

    StockMovement movement(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_movement where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(Balances::movement).optional().orElse(null);
    }

    /** The SKU's balances at every location of the tenant, with whether each location is shared online. */
    List<Row> ofSku(UUID tenant, UUID sku) {
        return jdbc.sql("select * from stock_balance where tenant_id = :tenant and sku_id = :sku")
                .param("tenant", tenant).param("sku", sku).query(Balances::row).list();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getLong("on_hand"), rs.getLong("reserved"),
                rs.getLong("safety_stock"), rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    static StockMovement movement(ResultSet rs, int n) throws SQLException {
        return new StockMovement(rs.getObject("id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getObject("location_id", UUID.class), MovementKind.valueOf(rs.getString("kind")),
                rs.getLong("on_hand_delta"), rs.getLong("reserved_delta"), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), rs.getString("reason"), rs.getString("reference"),
                rs.getObject("reservation_id", UUID.class), rs.getObject("corrects_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class));
    }
}

package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockViews.Difference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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

    List<Row> list(UUID tenant, UUID[] locations, UUID sku, UUID location, UUID after, int limit) {
        return page("stock_balance", Balances::row, tenant, locations, sku, location, after, limit);
    }

    List<StockMovement> movements(UUID tenant, UUID[] locations, UUID sku, UUID location, UUID after, int limit) {
        return page("stock_movement", Balances::movement, tenant, locations, sku, location, after, limit);
    }

    /** One page of balance or ledger rows of the given places, optionally of one SKU and one place. */
    private <T> List<T> page(String table, org.springframework.jdbc.core.RowMapper<T> mapper, UUID tenant,
                             UUID[] locations, UUID sku, UUID location, UUID after, int limit) {
        return jdbc.sql("select * from " + table + """
                 where tenant_id = :tenant and location_id = any(:locations)
                  and (cast(:sku as uuid) is null or sku_id = :sku)
                  and (cast(:location as uuid) is null or location_id = :location)
                  and id > :after
                order by id limit :limit""")
                .param("tenant", tenant).param("locations", locations).param("sku", sku)
                .param("location", location).param("after", after).param("limit", limit)
                .query(mapper).list();
    }

    /**
     * One page of the balances of the given places whose available (on hand - reserved - safety stock, never
     * below 0) is at most the threshold, or at most the balance's own safety stock when no threshold is given.
     */
    List<Row> low(UUID tenant, UUID[] locations, UUID location, Long threshold, UUID after, int limit) {
        return jdbc.sql("""
                select * from stock_balance
                where tenant_id = :tenant and location_id = any(:locations)
                  and (cast(:location as uuid) is null or location_id = :location)
                  and greatest(on_hand - reserved - safety_stock, 0)
                      <= coalesce(cast(:threshold as bigint), safety_stock)
                  and id > :after
                order by id limit :limit""")
                .param("tenant", tenant).param("locations", locations).param("location", location)
                .param("threshold", threshold).param("after", after).param("limit", limit)
                .query(Balances::row).list();
    }

    StockMovement movement(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_movement where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(Balances::movement).optional().orElse(null);
    }

    /** Every balance that differs from the sums of its ledger rows, and ledger sums without a balance. */
    List<Difference> differences(UUID tenant, UUID[] locations) {
        return jdbc.sql("""
                select coalesce(b.sku_id, m.sku_id) as sku_id, coalesce(b.location_id, m.location_id) as location_id,
                       coalesce(b.on_hand, 0) as on_hand, coalesce(b.reserved, 0) as reserved,
                       coalesce(m.on_hand, 0) as ledger_on_hand, coalesce(m.reserved, 0) as ledger_reserved
                from (select * from stock_balance where tenant_id = :tenant and location_id = any(:locations)) b
                full join (select sku_id, location_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
                           from stock_movement where tenant_id = :tenant and location_id = any(:locations)
                           group by sku_id, location_id) m
                  on m.sku_id = b.sku_id and m.location_id = b.location_id
                where coalesce(b.on_hand, 0) <> coalesce(m.on_hand, 0)
                   or coalesce(b.reserved, 0) <> coalesce(m.reserved, 0)""")
                .param("tenant", tenant).param("locations", locations)
                .query((rs, n) -> new Difference(rs.getObject("sku_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getLong("on_hand"), rs.getLong("reserved"),
                        rs.getLong("ledger_on_hand"), rs.getLong("ledger_reserved")))
                .list();
    }

    int count(UUID tenant, UUID[] locations) {
        return jdbc.sql("select count(*) from stock_balance where tenant_id = :tenant and location_id = any(:locations)")
                .param("tenant", tenant).param("locations", locations).query(Integer.class).single();
    }

    /** The SKU's balances at every location of the tenant, with whether each location is shared online. */
    List<Row> ofSku(UUID tenant, UUID sku) {
        return jdbc.sql("select * from stock_balance where tenant_id = :tenant and sku_id = :sku")
                .param("tenant", tenant).param("sku", sku).query(Balances::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getLong("on_hand"), rs.getLong("reserved"),
                rs.getLong("safety_stock"), rs.getLong("version"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static StockMovement movement(ResultSet rs, int n) throws SQLException {
        return new StockMovement(rs.getObject("id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getObject("location_id", UUID.class), MovementKind.valueOf(rs.getString("kind")),
                rs.getLong("on_hand_delta"), rs.getLong("reserved_delta"), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), rs.getString("reason"), rs.getString("reference"),
                rs.getObject("reservation_id", UUID.class), rs.getObject("corrects_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class));
    }
}

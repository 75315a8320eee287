package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockViews.Difference;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Checkpointed sums of the stock ledger (decision 0014). For each brand, a horizon: the oldest transaction that
 * was still running when the checkpoints were last advanced. Every checkpoint row holds the sums of exactly the
 * movements of its balance written by transactions below the horizon, so a balance is proved by its checkpoint
 * plus the movements since, and no history before the horizon is read again. No movement below a horizon can
 * appear later, whatever order transactions commit in: they had all ended when it was taken.
 */
@Repository
class StockCheckpoints {

    private static final UUID NONE = new UUID(0, 0);
    private static final UUID ALL = new UUID(-1, -1);

    private final JdbcClient jdbc;

    StockCheckpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a brand's checkpoints reach: horizon 0 (the whole ledger is "since") before the first advance. */
    record Horizon(long horizon, long movements, OffsetDateTime advancedAt) {

        static final Horizon NEVER = new Horizon(0, 0, null);
    }

    Horizon horizon(UUID tenant) {
        return jdbc.sql("select horizon, movements, advanced_at from stock_checkpoint_horizon where tenant_id = :tenant")
                .param("tenant", tenant)
                .query((rs, n) -> new Horizon(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                .optional().orElse(Horizon.NEVER);
    }

    /**
     * Serialises the brand's checkpoint writers (advance and verification chunks) until the end of the
     * transaction; sales never take it. Returns false, without waiting, when another server holds it.
     */
    boolean tryLock(UUID tenant) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "stock_checkpoint:" + tenant).query(Boolean.class).single());
    }

    void lock(UUID tenant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "stock_checkpoint:" + tenant).query(Object.class).single();
    }

    /**
     * Moves the brand's horizon up to the oldest transaction running now, adding the movements in between to the
     * checkpoints of their balances: reads only those movements (the index on tx) and writes only the rows of
     * balances that moved. Call under {@link #tryLock}. Returns how many movements it added.
     */
    long advance(UUID tenant) {
        long from = horizon(tenant).horizon();
        long to = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
        if (to <= from) {
            return 0;
        }
        // The bounds are literals, not parameters: each advance is planned for its own (small) tail.
        String tail = "from stock_movement where tenant_id = :tenant and tx >= " + from + " and tx < " + to;
        long added = jdbc.sql("""
                with tail as (select sku_id, location_id, sum(on_hand_delta) as on_hand,
                                     sum(reserved_delta) as reserved, count(*) as movements
                              %s group by sku_id, location_id),
                     written as (insert into stock_checkpoint (tenant_id, sku_id, location_id, on_hand, reserved,
                                                               movements)
                                 select :tenant, sku_id, location_id, on_hand, reserved, movements from tail
                                 on conflict (tenant_id, sku_id, location_id) do update
                                 set on_hand = stock_checkpoint.on_hand + excluded.on_hand,
                                     reserved = stock_checkpoint.reserved + excluded.reserved,
                                     movements = stock_checkpoint.movements + excluded.movements
                                 returning movements)
                select coalesce(sum(movements), 0) from tail""".formatted(tail))
                .param("tenant", tenant).query(Long.class).single();
        jdbc.sql("""
                insert into stock_checkpoint_horizon (tenant_id, horizon, movements, advanced_at)
                values (:tenant, :horizon, :added, now())
                on conflict (tenant_id) do update set horizon = excluded.horizon,
                    movements = stock_checkpoint_horizon.movements + excluded.movements, advanced_at = now()""")
                .param("tenant", tenant).param("horizon", to).param("added", added).update();
        return added;
    }

    /** What {@link #check} looked at, and the balances that are not the sums of their ledger. */
    record Checked(int balances, long movementsSince, List<Difference> differences) {
    }

    /**
     * Proves the balances of a scope against their checkpoints plus the movements since the horizon; reads only the
     * scope's balances and checkpoints (by their keys) and the ledger's tail. Run it in one snapshot (repeatable
     * read) with the horizon read in the same transaction.
     */
    Checked check(UUID tenant, UUID[] locations, UUID sku, UUID location, long horizon) {
        Balances.Sql sql = checkSql(tenant, locations, sku, location, horizon);
        if (sql == null) {
            return new Checked(0, 0, List.of());
        }
        int balances = jdbc.sql("select count(*) from stock_balance where " + scope(sku, location))
                .paramSource(sql.params()).query(Integer.class).single();
        List<Difference> differences = new ArrayList<>();
        long[] since = {0};
        jdbc.sql(sql.text()).paramSource(sql.params()).query((rs, n) -> {
            since[0] += rs.getLong("movements");
            Difference d = difference(rs);
            if (d.onHand() != d.ledgerOnHand() || d.reserved() != d.ledgerReserved()) {
                differences.add(d);
            }
            return d;
        }).list();
        return new Checked(balances, since[0], differences);
    }

    /**
     * The statement of {@link #check}: the scope's balances and checkpoints joined with the movements since the
     * horizon, returning the balances that moved since or differ from their checkpoint. The horizon is a literal,
     * so that PostgreSQL plans the tail for its actual (small) size; the brand's tail is read first (materialized)
     * and the scope picked from it, because with a SKU in the condition the planner may otherwise walk that SKU's
     * whole history by its index and check tx row by row (16 ms against 4 on a 10M ledger). Null when the place is
     * outside the scope.
     */
    Balances.Sql checkSql(UUID tenant, UUID[] locations, UUID sku, UUID location, long horizon) {
        if (location != null && !java.util.Arrays.asList(locations).contains(location)) {
            return null;
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("tenant", tenant)
                .addValue("locations", locations).addValue("location", location).addValue("sku", sku);
        return new Balances.Sql("""
                with b as (select sku_id, location_id, on_hand, reserved from stock_balance where %1$s),
                     c as (select sku_id, location_id, on_hand, reserved from stock_checkpoint where %1$s),
                     tail as materialized (select sku_id, location_id, on_hand_delta, reserved_delta from stock_movement
                                           where tenant_id = :tenant and tx >= %2$d),
                     t as (select sku_id, location_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved,
                                  count(*) as movements
                           from tail where %3$s group by sku_id, location_id)
                select sku_id, location_id, coalesce(b.on_hand, 0) as on_hand, coalesce(b.reserved, 0) as reserved,
                       coalesce(c.on_hand, 0) + coalesce(t.on_hand, 0) as ledger_on_hand,
                       coalesce(c.reserved, 0) + coalesce(t.reserved, 0) as ledger_reserved,
                       coalesce(t.movements, 0) as movements
                from b full join c using (sku_id, location_id) full join t using (sku_id, location_id)
                where t.sku_id is not null or coalesce(b.on_hand, 0) <> coalesce(c.on_hand, 0)
                   or coalesce(b.reserved, 0) <> coalesce(c.reserved, 0)""".formatted(scope(sku, location), horizon,
                        places(sku, location)),
                params);
    }

    /** The rows of one scope: a place or the given places, optionally one SKU; one SQL text per combination. */
    private static String scope(UUID sku, UUID location) {
        return "tenant_id = :tenant and " + places(sku, location);
    }

    private static String places(UUID sku, UUID location) {
        return (location == null ? "location_id = any(:locations)" : "location_id = :location")
               + (sku == null ? "" : " and sku_id = :sku");
    }

    /** One balance in a verification chunk: what it holds, what its whole ledger sums to, and its checkpoint. */
    record Verified(UUID skuId, UUID locationId, boolean hasBalance, long onHand, long reserved, long ledgerOnHand,
                    long ledgerReserved, long movements, boolean hasCheckpoint, long checkpointOnHand,
                    long checkpointReserved, long checkpointMovements, long belowOnHand, long belowReserved,
                    long belowMovements) {

        boolean balanceDiffers() {
            return onHand != ledgerOnHand || reserved != ledgerReserved;
        }

        boolean checkpointDiffers() {
            return checkpointOnHand != belowOnHand || checkpointReserved != belowReserved
                   || checkpointMovements != belowMovements;
        }
    }

    /**
     * The keys (SKU, place) of the brand's balances that close chunks of {@code size} balances after the given
     * key, for a verification to walk; the last chunk is open-ended so that it also takes ledger rows and
     * checkpoints without a balance.
     */
    BalanceKey chunkEnd(UUID tenant, UUID afterSku, UUID afterLocation, int size) {
        return jdbc.sql("""
                select sku_id, location_id from stock_balance
                where tenant_id = :tenant and (sku_id, location_id) > (:sku, :location)
                order by sku_id, location_id offset :skip limit 1""")
                .param("tenant", tenant).param("sku", nz(afterSku)).param("location", nz(afterLocation))
                .param("skip", size - 1)
                .query((rs, n) -> new BalanceKey(tenant, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional().orElse(null);
    }

    /**
     * Re-reads the whole history of the balances with keys in ({@code after}, {@code until}] (until null: to the
     * end): each balance against all of its movements, each checkpoint against the movements below the horizon.
     * Call under {@link #lock}, so that the horizon stays put.
     */
    List<Verified> verify(UUID tenant, UUID afterSku, UUID afterLocation, BalanceKey until) {
        String range = "tenant_id = :tenant and (sku_id, location_id) > (:afterSku, :afterLocation)"
                       + " and (sku_id, location_id) <= (:untilSku, :untilLocation)";
        long horizon = horizon(tenant).horizon();
        return jdbc.sql("""
                with l as (select sku_id, location_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved,
                                  count(*) as movements,
                                  coalesce(sum(on_hand_delta) filter (where tx < %2$d), 0) as below_on_hand,
                                  coalesce(sum(reserved_delta) filter (where tx < %2$d), 0) as below_reserved,
                                  count(*) filter (where tx < %2$d) as below_movements
                           from stock_movement where %1$s group by sku_id, location_id),
                     b as (select sku_id, location_id, on_hand, reserved from stock_balance where %1$s),
                     c as (select sku_id, location_id, on_hand, reserved, movements from stock_checkpoint where %1$s)
                select sku_id, location_id, b.sku_id is not null as has_balance, coalesce(b.on_hand, 0) as on_hand,
                       coalesce(b.reserved, 0) as reserved, coalesce(l.on_hand, 0) as ledger_on_hand,
                       coalesce(l.reserved, 0) as ledger_reserved, coalesce(l.movements, 0) as movements,
                       c.sku_id is not null as has_checkpoint, coalesce(c.on_hand, 0) as checkpoint_on_hand,
                       coalesce(c.reserved, 0) as checkpoint_reserved, coalesce(c.movements, 0) as checkpoint_movements,
                       coalesce(l.below_on_hand, 0) as below_on_hand, coalesce(l.below_reserved, 0) as below_reserved,
                       coalesce(l.below_movements, 0) as below_movements
                from b full join l using (sku_id, location_id) full join c using (sku_id, location_id)
                order by sku_id, location_id""".formatted(range, horizon))
                .param("tenant", tenant).param("afterSku", nz(afterSku)).param("afterLocation", nz(afterLocation))
                .param("untilSku", until == null ? ALL : until.skuId())
                .param("untilLocation", until == null ? ALL : until.locationId())
                .query((rs, n) -> new Verified(rs.getObject("sku_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getBoolean("has_balance"), rs.getLong("on_hand"),
                        rs.getLong("reserved"), rs.getLong("ledger_on_hand"), rs.getLong("ledger_reserved"),
                        rs.getLong("movements"), rs.getBoolean("has_checkpoint"), rs.getLong("checkpoint_on_hand"),
                        rs.getLong("checkpoint_reserved"), rs.getLong("checkpoint_movements"),
                        rs.getLong("below_on_hand"), rs.getLong("below_reserved"), rs.getLong("below_movements")))
                .list();
    }

    /** Sets the checkpoints of verified balances to the sums just recomputed, and marks them verified. */
    void rewrite(UUID tenant, List<Verified> verified) {
        List<Verified> rows = verified.stream().filter(v -> v.hasCheckpoint() || v.belowMovements() > 0).toList();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into stock_checkpoint (tenant_id, sku_id, location_id, on_hand, reserved, movements, verified_at)
                select :tenant, s, l, h, r, m, now()
                from unnest(cast(:skus as uuid[]), cast(:locations as uuid[]), cast(:onHand as bigint[]),
                            cast(:reserved as bigint[]), cast(:movements as bigint[])) as v(s, l, h, r, m)
                on conflict (tenant_id, sku_id, location_id) do update
                set on_hand = excluded.on_hand, reserved = excluded.reserved, movements = excluded.movements,
                    verified_at = excluded.verified_at""")
                .param("tenant", tenant)
                .param("skus", rows.stream().map(Verified::skuId).toArray(UUID[]::new))
                .param("locations", rows.stream().map(Verified::locationId).toArray(UUID[]::new))
                .param("onHand", rows.stream().map(Verified::belowOnHand).toArray(Long[]::new))
                .param("reserved", rows.stream().map(Verified::belowReserved).toArray(Long[]::new))
                .param("movements", rows.stream().map(Verified::belowMovements).toArray(Long[]::new))
                .update();
    }

    /**
     * Drops every checkpoint when the database is not the one they were taken in: a restored copy starts its
     * transaction ids again, and a horizon from the old one would hide new movements.
     */
    void ensureSameCluster() {
        String here = systemIdentifier();
        String recorded = jdbc.sql("select system_identifier from stock_checkpoint_cluster").query(String.class)
                .optional().orElse(null);
        long current = jdbc.sql("select pg_current_xact_id()::text::bigint").query(Long.class).single();
        boolean ahead = jdbc.sql("select exists (select 1 from stock_checkpoint_horizon where horizon > :current)")
                .param("current", current).query(Boolean.class).single();
        if (!ahead && (here == null || here.equals(recorded))) {
            return;
        }
        jdbc.sql("delete from stock_checkpoint").update();
        jdbc.sql("delete from stock_checkpoint_horizon").update();
        jdbc.sql("""
                insert into stock_checkpoint_cluster (system_identifier) values (:here)
                on conflict (only_row) do update set system_identifier = excluded.system_identifier""")
                .param("here", here == null ? "unknown" : here).update();
    }

    /** The cluster's identity, or null where the database role may not read it (then only the xid check guards). */
    private String systemIdentifier() {
        try {
            return jdbc.sql("select system_identifier::text from pg_control_system()").query(String.class).single();
        } catch (org.springframework.dao.DataAccessException e) {
            return null;
        }
    }

    private static Difference difference(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Difference(rs.getObject("sku_id", UUID.class), rs.getObject("location_id", UUID.class),
                rs.getLong("on_hand"), rs.getLong("reserved"), rs.getLong("ledger_on_hand"),
                rs.getLong("ledger_reserved"));
    }

    private static UUID nz(UUID id) {
        return id == null ? NONE : id;
    }
}

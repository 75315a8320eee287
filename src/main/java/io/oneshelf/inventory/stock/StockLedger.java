package io.oneshelf.inventory.stock;

import io.oneshelf.platform.Ids;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only writer of stock: applies a {@link Posting} to its balance with ONE conditional UPDATE and records the
 * movement, both in the caller's transaction. The condition is evaluated on the row as locked by the UPDATE,
 * never on an earlier read, so concurrent postings cannot oversell; the table's check constraint backs it up.
 */
@Component
public class StockLedger {

    private static final String APPLY = """
            update stock_balance set on_hand = on_hand + :dh, reserved = reserved + :dr, version = version + 1,
                                     updated_at = now()
            where tenant_id = :tenant and sku_id = :sku and location_id = :location
              and reserved + :dr >= 0 and on_hand + :dh >= reserved + :dr
              and (:dr <= 0 or on_hand + :dh - reserved - :dr >= safety_stock)
            returning on_hand, reserved, safety_stock""";

    /** {@link #APPLY} without its answer, for batches of receipts (which never make stock low). */
    private static final String RECEIVE = APPLY.substring(0, APPLY.indexOf("returning"));

    private static final String ENSURE_BALANCE = """
            insert into stock_balance(id, tenant_id, sku_id, location_id, on_hand, reserved, safety_stock, version,
                                      updated_at)
            values (:balanceId, :tenant, :sku, :location, 0, 0, coalesce((select safety_stock from stock_location
                    where tenant_id = :tenant and place_id = :location), 0), 0, now())
            on conflict (tenant_id, sku_id, location_id) do nothing""";

    private static final String RECORD = """
            insert into stock_movement(id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                actor_id, actor_name, reason, reference, reservation_id, corrects_id, occurred_at)
            values (:id, :tenant, :sku, :location, :kind, :dh, :dr, :actor, :actorName, :reason, :reference,
                    :reservation, :corrects, now())""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final LowStockWatch lowStock;

    StockLedger(JdbcClient jdbc, NamedParameterJdbcTemplate batches, LowStockWatch lowStock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.lowStock = lowStock;
    }

    /**
     * Applies the posting and returns the new movement's id; or returns empty, changing nothing, when the balance
     * would then hold less than is reserved, or a new hold would eat into safety stock.
     */
    public Optional<UUID> post(Posting p) {
        UUID id = Ids.next();
        SqlParameterSource params = params(p, id);
        if (p.onHandDelta() > 0) {
            jdbc.sql(ENSURE_BALANCE).paramSource(params).update();
        }
        Optional<LowStockWatch.After> after = jdbc.sql(APPLY).paramSource(params)
                .query((rs, n) -> new LowStockWatch.After(p.tenantId(), p.skuId(), p.locationId(), rs.getLong(1),
                        rs.getLong(2), rs.getLong(3), p.onHandDelta(), p.reservedDelta())).optional();
        if (after.isEmpty()) {
            return Optional.empty();
        }
        lowStock.check(List.of(after.get()));
        jdbc.sql(RECORD).paramSource(params).update();
        return Optional.of(id);
    }

    /**
     * Applies many receipts at once (opening stock, imports) with the same three statements as {@link #post},
     * each sent as one JDBC batch, in lock order. A receipt only adds to on hand, so none can be refused.
     *
     * @return the new movements' ids, in the order of {@code receipts}
     */
    public List<UUID> receiveAll(List<Posting> receipts) {
        if (receipts.stream().anyMatch(p -> p.kind() != MovementKind.RECEIPT || p.onHandDelta() <= 0
                                           || p.reservedDelta() != 0)) {
            throw new IllegalArgumentException("receiveAll takes receipts of a positive quantity only");
        }
        List<UUID> ids = receipts.stream().map(p -> Ids.next()).toList();
        SqlParameterSource[] params = java.util.stream.IntStream.range(0, receipts.size()).boxed()
                .sorted(java.util.Comparator.comparing(receipts::get, Posting.LOCK_ORDER))
                .map(i -> params(receipts.get(i), ids.get(i))).toArray(SqlParameterSource[]::new);
        batches.batchUpdate(ENSURE_BALANCE, params);
        if (Arrays.stream(batches.batchUpdate(RECEIVE, params)).anyMatch(n -> n != 1)) {
            throw new IllegalStateException("a receipt was not applied to exactly one balance");
        }
        batches.batchUpdate(RECORD, params);
        return ids;
    }

    /**
     * Locks the balances (in {@link Posting#LOCK_ORDER}, which is SQL's uuid order) until the end of the
     * transaction and returns what could still be reserved at each; a key without a balance is missing from the
     * map (nothing there to reserve). For callers that decide many holds at once and then {@link #postAll}.
     */
    public Map<BalanceKey, Long> lockAvailable(Collection<BalanceKey> keys) {
        List<BalanceKey> distinct = keys.stream().distinct().toList();
        Map<BalanceKey, Long> result = new LinkedHashMap<>();
        jdbc.sql("""
                select b.tenant_id, b.sku_id, b.location_id, b.on_hand - b.reserved - b.safety_stock as available
                from stock_balance b
                join unnest(:tenants, :skus, :locations) as k(t, s, l)
                  on b.tenant_id = k.t and b.sku_id = k.s and b.location_id = k.l
                order by b.sku_id, b.location_id
                for update of b""")
                .param("tenants", distinct.stream().map(BalanceKey::tenantId).toArray(UUID[]::new))
                .param("skus", distinct.stream().map(BalanceKey::skuId).toArray(UUID[]::new))
                .param("locations", distinct.stream().map(BalanceKey::locationId).toArray(UUID[]::new))
                .query((rs, n) -> result.put(new BalanceKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)), rs.getLong(4)))
                .list();
        return result;
    }

    /**
     * Applies many postings that take nothing from on hand (holds, releases) with one UPDATE of the summed deltas
     * per balance and records one movement per posting with one INSERT; all or nothing: if any balance would then
     * break a rule of {@link #post}, nothing is applied and an {@link IllegalStateException} is thrown. Callers
     * decide first, under {@link #lockAvailable}, so that this never refuses.
     */
    public void postAll(List<Posting> postings) {
        if (postings.isEmpty()) {
            return;
        }
        if (postings.stream().anyMatch(p -> p.onHandDelta() > 0)) {
            throw new IllegalArgumentException("postAll does not create balances; receipts go through post");
        }
        Map<BalanceKey, long[]> deltas = new java.util.TreeMap<>(java.util.Comparator
                .comparing(BalanceKey::skuId, Posting::compareLikePostgres)
                .thenComparing(BalanceKey::locationId, Posting::compareLikePostgres));
        postings.forEach(p -> {
            long[] d = deltas.computeIfAbsent(p.balance(), k -> new long[2]);
            d[0] += p.onHandDelta();
            d[1] += p.reservedDelta();
        });
        List<BalanceKey> keys = List.copyOf(deltas.keySet());
        List<LowStockWatch.After> applied = jdbc.sql("""
                update stock_balance b
                set on_hand = b.on_hand + d.dh, reserved = b.reserved + d.dr, version = b.version + 1,
                    updated_at = now()
                from unnest(:tenants, :skus, :locations, :dh, :dr) as d(t, s, l, dh, dr)
                where b.tenant_id = d.t and b.sku_id = d.s and b.location_id = d.l
                  and b.reserved + d.dr >= 0 and b.on_hand + d.dh >= b.reserved + d.dr
                  and (d.dr <= 0 or b.on_hand + d.dh - b.reserved - d.dr >= b.safety_stock)
                returning b.tenant_id, b.sku_id, b.location_id, b.on_hand, b.reserved, b.safety_stock, d.dh, d.dr""")
                .param("tenants", keys.stream().map(BalanceKey::tenantId).toArray(UUID[]::new))
                .param("skus", keys.stream().map(BalanceKey::skuId).toArray(UUID[]::new))
                .param("locations", keys.stream().map(BalanceKey::locationId).toArray(UUID[]::new))
                .param("dh", keys.stream().map(k -> deltas.get(k)[0]).toArray(Long[]::new))
                .param("dr", keys.stream().map(k -> deltas.get(k)[1]).toArray(Long[]::new))
                .query((rs, n) -> new LowStockWatch.After(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8)))
                .list();
        if (applied.size() != keys.size()) {
            throw new IllegalStateException("postAll: " + (keys.size() - applied.size()) + " of " + keys.size()
                                            + " balances refused the postings; nothing applied");
        }
        recordAll(postings);
        lowStock.check(applied);
    }

    private void recordAll(List<Posting> postings) {
        jdbc.sql("""
                insert into stock_movement(id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                    actor_id, actor_name, reason, reference, reservation_id, corrects_id, occurred_at)
                select m.*, now() from unnest(:ids, :tenants, :skus, :locations, :kinds, :dh, :dr, :actors,
                                              :actorNames, :reasons, :references, :reservations, :corrects) as m""")
                .param("ids", postings.stream().map(p -> Ids.next()).toArray(UUID[]::new))
                .param("tenants", postings.stream().map(Posting::tenantId).toArray(UUID[]::new))
                .param("skus", postings.stream().map(Posting::skuId).toArray(UUID[]::new))
                .param("locations", postings.stream().map(Posting::locationId).toArray(UUID[]::new))
                .param("kinds", postings.stream().map(p -> p.kind().name()).toArray(String[]::new))
                .param("dh", postings.stream().map(Posting::onHandDelta).toArray(Long[]::new))
                .param("dr", postings.stream().map(Posting::reservedDelta).toArray(Long[]::new))
                .param("actors", postings.stream().map(Posting::actorId).toArray(UUID[]::new))
                .param("actorNames", postings.stream().map(Posting::actorName).toArray(String[]::new))
                .param("reasons", postings.stream().map(Posting::reason).toArray(String[]::new))
                .param("references", postings.stream().map(Posting::reference).toArray(String[]::new))
                .param("reservations", postings.stream().map(Posting::reservationId).toArray(UUID[]::new))
                .param("corrects", postings.stream().map(Posting::correctsId).toArray(UUID[]::new))
                .update();
    }

    /** On hand and reserved of one balance (zeros when there is none), to tell why a posting was refused. */
    public Held held(UUID tenant, UUID sku, UUID location) {
        return jdbc.sql("""
                select on_hand, reserved from stock_balance
                where tenant_id = :tenant and sku_id = :sku and location_id = :location""")
                .param("tenant", tenant).param("sku", sku).param("location", location)
                .query((rs, n) -> new Held(rs.getLong("on_hand"), rs.getLong("reserved"))).optional()
                .orElse(new Held(0, 0));
    }

    /** What a balance holds. */
    public record Held(long onHand, long reserved) {
    }

    /** What could still be reserved or taken at one SKU x location right now (0 without any stock). */
    public long available(UUID tenant, UUID sku, UUID location) {
        return jdbc.sql("""
                select greatest(0, on_hand - reserved - safety_stock) from stock_balance
                where tenant_id = :tenant and sku_id = :sku and location_id = :location""")
                .param("tenant", tenant).param("sku", sku).param("location", location)
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * On hand per SKU at one location, in SKU order: of the given SKUs (0 without a balance), or of every SKU
     * with a balance there when {@code skus} is null.
     */
    public Map<UUID, Long> onHand(UUID tenant, UUID location, Collection<UUID> skus) {
        Map<UUID, Long> result = new LinkedHashMap<>();
        if (skus != null) {
            skus.forEach(s -> result.put(s, 0L));
        }
        // two statements rather than "(:all or sku_id = any(:skus))", so that each keeps its own plan
        jdbc.sql("select sku_id, on_hand from stock_balance where tenant_id = :tenant and location_id = :location"
                 + (skus == null ? "" : " and sku_id = any(:skus)") + " order by sku_id")
                .param("tenant", tenant).param("location", location)
                .param("skus", skus == null ? new UUID[0] : skus.toArray(UUID[]::new))
                .query((rs, n) -> result.put(rs.getObject("sku_id", UUID.class), rs.getLong("on_hand"))).list();
        return result;
    }

    /** On hand of one SKU x location with its balance row locked to the end of the transaction; 0 without one. */
    public long lockOnHand(UUID tenant, UUID sku, UUID location) {
        return jdbc.sql("""
                select on_hand from stock_balance
                where tenant_id = :tenant and sku_id = :sku and location_id = :location for update""")
                .param("tenant", tenant).param("sku", sku).param("location", location)
                .query(Long.class).optional().orElse(0L);
    }

    /** The parameters of all three statements; {@code id} is the new movement's. Nulls carry their SQL type. */
    private static SqlParameterSource params(Posting p, UUID id) {
        return new MapSqlParameterSource()
                .addValue("id", id, Types.OTHER).addValue("balanceId", Ids.next(), Types.OTHER)
                .addValue("tenant", p.tenantId(), Types.OTHER).addValue("sku", p.skuId(), Types.OTHER)
                .addValue("location", p.locationId(), Types.OTHER).addValue("kind", p.kind().name(), Types.VARCHAR)
                .addValue("dh", p.onHandDelta(), Types.BIGINT).addValue("dr", p.reservedDelta(), Types.BIGINT)
                .addValue("actor", p.actorId(), Types.OTHER).addValue("actorName", p.actorName(), Types.VARCHAR)
                .addValue("reason", p.reason(), Types.VARCHAR).addValue("reference", p.reference(), Types.VARCHAR)
                .addValue("reservation", p.reservationId(), Types.OTHER)
                .addValue("corrects", p.correctsId(), Types.OTHER);
    }
}

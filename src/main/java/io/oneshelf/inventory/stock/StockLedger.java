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
              and (:dr <= 0 or on_hand + :dh - reserved - :dr >= safety_stock)""";

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

    StockLedger(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
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
        if (jdbc.sql(APPLY).paramSource(params).update() == 0) {
            return Optional.empty();
        }
        jdbc.sql(RECORD).paramSource(params).update();
        return Optional.of(id);
    }

    /**
     * Applies many receipts at once (opening stock, imports) with the same three statements as {@link #post},
     * each sent as one JDBC batch, in lock order. A receipt only adds to on hand, so none can be refused.
     */
    public void receiveAll(List<Posting> receipts) {
        if (receipts.stream().anyMatch(p -> p.kind() != MovementKind.RECEIPT || p.onHandDelta() <= 0
                                           || p.reservedDelta() != 0)) {
            throw new IllegalArgumentException("receiveAll takes receipts of a positive quantity only");
        }
        SqlParameterSource[] params = receipts.stream().sorted(Posting.LOCK_ORDER).map(p -> params(p, Ids.next()))
                .toArray(SqlParameterSource[]::new);
        batches.batchUpdate(ENSURE_BALANCE, params);
        if (Arrays.stream(batches.batchUpdate(APPLY, params)).anyMatch(n -> n != 1)) {
            throw new IllegalStateException("a receipt was not applied to exactly one balance");
        }
        batches.batchUpdate(RECORD, params);
    }

    /** What could still be reserved at one SKU x location right now (0 without any stock). */
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
        jdbc.sql("""
                select sku_id, on_hand from stock_balance
                where tenant_id = :tenant and location_id = :location
                  and (cast(:all as boolean) or sku_id = any(:skus))
                order by sku_id""")
                .param("tenant", tenant).param("location", location).param("all", skus == null)
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

package io.oneshelf.inventory.stock;

import io.oneshelf.platform.Ids;
import java.util.Optional;
import java.util.UUID;
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

    private final JdbcClient jdbc;

    StockLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies the posting and returns the new movement's id; or returns empty, changing nothing, when the balance
     * would then hold less than is reserved, or a new hold would eat into safety stock.
     */
    public Optional<UUID> post(Posting p) {
        if (p.onHandDelta() > 0) {
            ensureBalance(p);
        }
        int applied = jdbc.sql(APPLY).param("dh", p.onHandDelta()).param("dr", p.reservedDelta())
                .param("tenant", p.tenantId()).param("sku", p.skuId()).param("location", p.locationId())
                .update();
        if (applied == 0) {
            return Optional.empty();
        }
        UUID id = Ids.next();
        jdbc.sql("""
                insert into stock_movement(id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                    actor_id, actor_name, reason, reference, reservation_id, corrects_id, occurred_at)
                values (:id, :tenant, :sku, :location, :kind, :dh, :dr, :actor, :actorName, :reason, :reference,
                        :reservation, :corrects, now())""")
                .param("id", id).param("tenant", p.tenantId()).param("sku", p.skuId())
                .param("location", p.locationId()).param("kind", p.kind().name()).param("dh", p.onHandDelta())
                .param("dr", p.reservedDelta()).param("actor", p.actorId()).param("actorName", p.actorName())
                .param("reason", p.reason()).param("reference", p.reference())
                .param("reservation", p.reservationId()).param("corrects", p.correctsId())
                .update();
        return Optional.of(id);
    }

    /** What could still be reserved at one SKU x location right now (0 without any stock). */
    public long available(UUID tenant, UUID sku, UUID location) {
        return jdbc.sql("""
                select greatest(0, on_hand - reserved - safety_stock) from stock_balance
                where tenant_id = :tenant and sku_id = :sku and location_id = :location""")
                .param("tenant", tenant).param("sku", sku).param("location", location)
                .query(Long.class).optional().orElse(0L);
    }

    private void ensureBalance(Posting p) {
        jdbc.sql("""
                insert into stock_balance(id, tenant_id, sku_id, location_id, on_hand, reserved, safety_stock,
                                          version, updated_at)
                values (:id, :tenant, :sku, :location, 0, 0, coalesce((select safety_stock from stock_location
                        where tenant_id = :tenant and place_id = :location), 0), 0, now())
                on conflict (tenant_id, sku_id, location_id) do nothing""")
                .param("id", Ids.next()).param("tenant", p.tenantId()).param("sku", p.skuId())
                .param("location", p.locationId())
                .update();
    }
}

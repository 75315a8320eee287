package io.oneshelf.fulfillment.pickup;

import io.oneshelf.fulfillment.pickup.Pickup.Collector;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pickup codes, one per pickup order, within one tenant. An open code is unique in its brand (an index says so). */
@Repository
class PickupRecords {

    private final JdbcClient jdbc;

    PickupRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an open pickup; false (nothing written) when the order has its pickup already or the code is open
     * for another order of the brand: the caller tells which by looking for the order's.
     */
    boolean insert(Pickup p) {
        return jdbc.sql("""
                insert into pickup(order_id, tenant_id, order_number, store_id, customer_id, code, status, issued_at,
                                   version)
                values (:order, :tenant, :number, :store, :customer, :code, :status, now(), 0)
                on conflict do nothing""")
                .param("order", p.orderId()).param("tenant", p.tenantId()).param("number", p.orderNumber())
                .param("store", p.storeId()).param("customer", p.customerId()).param("code", p.code())
                .param("status", p.status().name())
                .update() == 1;
    }

    /** Whether the code is open for some order of the brand. */
    boolean open(UUID tenant, String code) {
        return jdbc.sql("select exists(select 1 from pickup where tenant_id = :tenant and code = :code"
                        + " and status = 'OPEN')")
                .param("tenant", tenant).param("code", code).query(Boolean.class).single();
    }

    Optional<Pickup> ofOrder(UUID tenant, UUID orderId, boolean lock) {
        return jdbc.sql("select * from pickup where tenant_id = :tenant and order_id = :order"
                        + (lock ? " for update" : ""))
                .param("tenant", tenant).param("order", orderId).query(this::map).optional();
    }

    /** The pickup a code names: the open one, else the one that had it last (collected or voided). */
    Optional<Pickup> byCode(UUID tenant, String code, boolean lock) {
        return jdbc.sql("""
                select * from pickup where tenant_id = :tenant and code = :code
                order by status = 'OPEN' desc, issued_at desc limit 1""" + (lock ? " for update" : ""))
                .param("tenant", tenant).param("code", code).query(this::map).optional();
    }

    /** Saves a transition: collected (by whom, now) or voided (now). */
    void update(Pickup before, Pickup after) {
        Collector by = after.collectedBy();
        int updated = jdbc.sql("""
                update pickup set status = :status, version = version + 1,
                    collected_at = case when :status = 'COLLECTED' then now() else collected_at end,
                    collected_by_kind = :kind, collected_by_id = :id, collected_by_name = :name,
                    voided_at = case when :status = 'VOIDED' then now() else voided_at end
                where tenant_id = :tenant and order_id = :order and version = :version""")
                .param("status", after.status().name()).param("kind", by == null ? null : by.kind())
                .param("id", by == null ? null : by.id()).param("name", by == null ? null : by.name())
                .param("tenant", after.tenantId()).param("order", after.orderId()).param("version", before.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("pickup of order " + after.orderId() + " changed meanwhile");
        }
    }

    private Pickup map(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("collected_by_kind");
        return new Pickup(rs.getObject("order_id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("order_number"), rs.getObject("store_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getString("code"),
                PickupStatus.valueOf(rs.getString("status")), rs.getObject("issued_at", OffsetDateTime.class),
                kind == null ? null : new Collector(kind, rs.getObject("collected_by_id", UUID.class),
                        rs.getString("collected_by_name")),
                rs.getObject("collected_at", OffsetDateTime.class), rs.getObject("voided_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}

package io.oneshelf.inventory.replenishment;

import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Line;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Replenishment orders with their lines, always within one tenant and, for lists, the stores a caller sees. */
@Repository
class ReplenishmentOrders {

    private final JdbcClient jdbc;

    ReplenishmentOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReplenishmentOrder o, Actor actor) {
        jdbc.sql("""
                insert into replenishment_order(id, tenant_id, reference, store_id, warehouse_id, status, note,
                                                actor_id, actor_name, version, created_at, updated_at)
                values (:id, :tenant, :reference, :store, :warehouse, :status, :note, :actor, :actorName, 0,
                        now(), now())""")
                .param("id", o.id()).param("tenant", o.tenantId()).param("reference", o.reference())
                .param("store", o.storeId()).param("warehouse", o.warehouseId()).param("status", o.status().name())
                .param("note", o.note()).param("actor", actor.id()).param("actorName", actor.name())
                .update();
        for (int i = 0; i < o.lines().size(); i++) {
            jdbc.sql("""
                    insert into replenishment_order_line(order_id, line_no, tenant_id, sku_id, requested)
                    values (:id, :no, :tenant, :sku, :requested)""")
                    .param("id", o.id()).param("no", i).param("tenant", o.tenantId())
                    .param("sku", o.lines().get(i).skuId()).param("requested", o.lines().get(i).requested())
                    .update();
        }
    }

    Optional<ReplenishmentOrder> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from replenishment_order where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /** The order, locked until the end of the transaction so that one decision wins. */
    Optional<ReplenishmentOrder> lock(UUID tenant, UUID id) {
        return jdbc.sql("select * from replenishment_order where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /**
     * One page of the orders of the given stores, optionally of one status and one store. The statement has only
     * the filters given, so that each combination walks its own index: (tenant_id, id), (tenant_id, store_id, id)
     * or (tenant_id, status, id).
     */
    List<ReplenishmentOrder> list(UUID tenant, UUID[] stores, ReplenishmentStatus status, UUID store, UUID after,
                                  int limit) {
        StringBuilder sql = new StringBuilder("select * from replenishment_order where tenant_id = :tenant"
                                              + " and store_id = any(:stores)");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "stores", stores, "after", after,
                "limit", limit));
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (store != null) {
            sql.append(" and store_id = :store");
            params.put("store", store);
        }
        sql.append(" and id > :after order by id limit :limit");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Saves a decision: status, warehouse, reason, transfer and the approved quantities. */
    void update(ReplenishmentOrder o) {
        int updated = jdbc.sql("""
                update replenishment_order set status = :status, warehouse_id = :warehouse,
                    reject_reason = :reason, transfer_id = :transfer, decided_by = :decidedBy,
                    decided_at = case when :status <> 'SUBMITTED' then now() else decided_at end,
                    version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("status", o.status().name()).param("warehouse", o.warehouseId())
                .param("reason", o.rejectReason()).param("transfer", o.transferId())
                .param("decidedBy", o.decidedBy()).param("tenant", o.tenantId()).param("id", o.id())
                .param("version", o.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("replenishment order " + o.id() + " changed meanwhile");
        }
        for (Line l : o.lines()) {
            jdbc.sql("update replenishment_order_line set approved = :approved where order_id = :id and sku_id = :sku")
                    .param("approved", l.approved()).param("id", o.id()).param("sku", l.skuId())
                    .update();
        }
    }

    private List<Line> lines(UUID orderId) {
        return jdbc.sql("""
                select sku_id, requested, approved from replenishment_order_line
                where order_id = :id order by line_no""")
                .param("id", orderId)
                .query((rs, n) -> new Line(rs.getObject("sku_id", UUID.class), rs.getLong("requested"),
                        rs.getObject("approved", Long.class)))
                .list();
    }

    private ReplenishmentOrder map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new ReplenishmentOrder(id, rs.getObject("tenant_id", UUID.class), rs.getString("reference"),
                rs.getObject("store_id", UUID.class), rs.getObject("warehouse_id", UUID.class),
                ReplenishmentStatus.valueOf(rs.getString("status")), rs.getString("note"), lines(id),
                rs.getString("reject_reason"), rs.getObject("transfer_id", UUID.class), null,
                rs.getString("actor_name"), rs.getString("decided_by"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class));
    }
}

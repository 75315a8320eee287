package io.oneshelf.inventory.transfer;

import io.oneshelf.inventory.transfer.Transfer.Line;
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

/** Transfers with their lines, always within one tenant and, for lists, the places a caller may see. */
@Repository
class Transfers {

    private final JdbcClient jdbc;

    Transfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Transfer t, Actor actor) {
        jdbc.sql("""
                insert into stock_transfer(id, tenant_id, reference, from_place_id, to_place_id, status, notes,
                                           actor_id, actor_name, version, created_at, updated_at)
                values (:id, :tenant, :reference, :from, :to, :status, :notes, :actor, :actorName, 0, now(), now())""")
                .param("id", t.id()).param("tenant", t.tenantId()).param("reference", t.reference())
                .param("from", t.fromPlaceId()).param("to", t.toPlaceId()).param("status", t.status().name())
                .param("notes", t.notes()).param("actor", actor.id()).param("actorName", actor.name())
                .update();
        for (int i = 0; i < t.lines().size(); i++) {
            jdbc.sql("""
                    insert into stock_transfer_line(transfer_id, line_no, tenant_id, sku_id, requested)
                    values (:id, :no, :tenant, :sku, :requested)""")
                    .param("id", t.id()).param("no", i).param("tenant", t.tenantId())
                    .param("sku", t.lines().get(i).skuId()).param("requested", t.lines().get(i).requested())
                    .update();
        }
    }

    Optional<Transfer> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_transfer where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /** The transfer, locked until the end of the transaction so that one transition wins. */
    Optional<Transfer> lock(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_transfer where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /**
     * One page of the transfers from or to the given places, optionally of one status and one place. The statement
     * has only the filters given: a place is looked up as a source and as a destination, each walking its own
     * index (tenant_id, from_place_id, id) / (tenant_id, to_place_id, id), and the two pages are merged (a transfer
     * never goes from a place to itself); a status walks (tenant_id, status, id), no filter (tenant_id, id).
     */
    List<Transfer> list(UUID tenant, UUID[] places, TransferStatus status, UUID place, UUID after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "places", places, "after", after,
                "limit", limit));
        String common = "tenant_id = :tenant and (from_place_id = any(:places) or to_place_id = any(:places))"
                        + " and id > :after";
        if (status != null) {
            common += " and status = :status";
            params.put("status", status.name());
        }
        String sql;
        if (place == null) {
            sql = "select * from stock_transfer where " + common + " order by id limit :limit";
        } else {
            params.put("place", place);
            sql = "select * from ((select * from stock_transfer where " + common + " and from_place_id = :place"
                  + " order by id limit :limit) union all (select * from stock_transfer where " + common
                  + " and to_place_id = :place order by id limit :limit)) as t order by id limit :limit";
        }
        return jdbc.sql(sql).params(params).query(this::map).list();
    }

    /** Saves a transition: status, its timestamp, and the lines' shipped / received / discrepancy. */
    void update(Transfer t) {
        int updated = jdbc.sql("""
                update stock_transfer set status = :status, version = version + 1, updated_at = now(),
                    shipped_at = case when :status = 'SHIPPED' then now() else shipped_at end,
                    received_at = case when :status = 'RECEIVED' then now() else received_at end,
                    cancelled_at = case when :status = 'CANCELLED' then now() else cancelled_at end
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("status", t.status().name()).param("tenant", t.tenantId()).param("id", t.id())
                .param("version", t.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("transfer " + t.id() + " changed meanwhile");
        }
        for (Line l : t.lines()) {
            jdbc.sql("""
                    update stock_transfer_line set shipped = :shipped, received = :received, discrepancy = :discrepancy
                    where transfer_id = :id and sku_id = :sku""")
                    .param("shipped", l.shipped()).param("received", l.received())
                    .param("discrepancy", l.discrepancy()).param("id", t.id()).param("sku", l.skuId())
                    .update();
        }
    }

    /** What has left a source and not yet arrived, per transfer line, of transfers from or to the places. */
    List<InTransit.Shipment> inTransit(UUID tenant, UUID[] places, UUID sku) {
        return jdbc.sql("""
                select t.id, t.reference, l.sku_id, t.from_place_id, t.to_place_id, l.shipped
                from stock_transfer t join stock_transfer_line l on l.transfer_id = t.id
                where t.tenant_id = :tenant and t.status = 'SHIPPED' and l.shipped > 0
                  and (t.from_place_id = any(:places) or t.to_place_id = any(:places))
                  %s
                order by t.id, l.line_no""".formatted(sku == null ? "" : "and l.sku_id = :sku"))
                .param("tenant", tenant).param("places", places).params(sku == null ? Map.of() : Map.of("sku", sku))
                .query((rs, n) -> new InTransit.Shipment(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("sku_id", UUID.class), rs.getObject("from_place_id", UUID.class),
                        rs.getObject("to_place_id", UUID.class), rs.getLong("shipped")))
                .list();
    }

    private List<Line> lines(UUID transferId) {
        return jdbc.sql("""
                select sku_id, requested, shipped, received, discrepancy from stock_transfer_line
                where transfer_id = :id order by line_no""")
                .param("id", transferId)
                .query((rs, n) -> new Line(rs.getObject("sku_id", UUID.class), rs.getLong("requested"),
                        rs.getObject("shipped", Long.class), rs.getObject("received", Long.class),
                        rs.getObject("discrepancy", Long.class)))
                .list();
    }

    private Transfer map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Transfer(id, rs.getObject("tenant_id", UUID.class), rs.getString("reference"),
                rs.getObject("from_place_id", UUID.class), rs.getObject("to_place_id", UUID.class),
                TransferStatus.valueOf(rs.getString("status")), rs.getString("notes"), lines(id),
                rs.getString("actor_name"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("shipped_at", OffsetDateTime.class),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("cancelled_at", OffsetDateTime.class));
    }
}

package io.oneshelf.order.sale;

import io.oneshelf.order.OrderReturn;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Returns of order lines in SQL. */
@Repository
class ReturnBook {

    private final JdbcClient jdbc;

    ReturnBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID brandId, OrderReturn r, String requestedBy, UUID decidedBy, String key) {
        jdbc.sql("""
                        insert into order_return(id, tenant_id, order_id, status, place_id, restock, amount, reason,
                            requested_by, decided_by, idempotency_key, created_at, decided_at)
                        values (:id, :t, :order, :status, :place, :restock, :amount, :reason, :by, :decidedBy, :key,
                            :at, :decidedAt)""")
                .param("id", r.id()).param("t", brandId).param("order", r.orderId())
                .param("status", r.status().name()).param("place", r.placeId()).param("restock", r.restock())
                .param("amount", r.amount()).param("reason", r.reason()).param("by", requestedBy)
                .param("decidedBy", decidedBy).param("key", key).param("at", r.createdAt())
                .param("decidedAt", r.decidedAt())
                .update();
        for (OrderReturn.Line l : r.lines()) {
            jdbc.sql("""
                            insert into order_return_line(return_id, line_no, tenant_id, quantity, amount)
                            values (:r, :no, :t, :q, :a)""")
                    .param("r", r.id()).param("no", l.lineIndex()).param("t", brandId).param("q", l.quantity())
                    .param("a", l.amount()).update();
        }
    }

    void decide(UUID brandId, UUID returnId, OrderReturn.Status status, UUID placeId, boolean restock, UUID by) {
        jdbc.sql("""
                        update order_return set status = :status, place_id = :place, restock = :restock,
                            decided_by = :by, decided_at = now()
                        where tenant_id = :t and id = :id and status = 'REQUESTED'""")
                .param("status", status.name()).param("place", placeId).param("restock", restock).param("by", by)
                .param("t", brandId).param("id", returnId).update();
    }

    List<OrderReturn> of(UUID brandId, UUID orderId) {
        Map<UUID, List<OrderReturn.Line>> lines = jdbc.sql("""
                        select l.return_id, l.line_no, l.quantity, l.amount from order_return_line l
                        join order_return r on r.id = l.return_id
                        where r.tenant_id = :t and r.order_id = :order order by l.line_no""")
                .param("t", brandId).param("order", orderId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
                        new OrderReturn.Line(rs.getInt(2), rs.getLong(3), rs.getLong(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select id, order_id, status, place_id, restock, amount, reason, created_at, decided_at
                        from order_return where tenant_id = :t and order_id = :order order by created_at, id""")
                .param("t", brandId).param("order", orderId)
                .query((rs, n) -> new OrderReturn(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        OrderReturn.Status.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getBoolean(5),
                        rs.getLong(6), rs.getString(7), lines.getOrDefault(rs.getObject(1, UUID.class), List.of()),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    Optional<UUID> byKey(UUID brandId, String key) {
        return jdbc.sql("select id from order_return where tenant_id = :t and idempotency_key = :key")
                .param("t", brandId).param("key", key).query(UUID.class).optional();
    }
}

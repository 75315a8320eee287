package io.oneshelf.inventory.stocktake;

import io.oneshelf.inventory.stocktake.Stocktake.Line;
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

/** Stocktakes with their count sheets, always within one tenant. */
@Repository
class Stocktakes {

    private final JdbcClient jdbc;

    Stocktakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stocktake s, Actor actor) {
        jdbc.sql("""
                insert into stocktake(id, tenant_id, place_id, status, actor_id, actor_name, version, created_at,
                                      updated_at)
                values (:id, :tenant, :place, :status, :actor, :actorName, 0, now(), now())""")
                .param("id", s.id()).param("tenant", s.tenantId()).param("place", s.placeId())
                .param("status", s.status().name()).param("actor", actor.id()).param("actorName", actor.name())
                .update();
        for (Line l : s.lines()) {
            jdbc.sql("""
                    insert into stocktake_line(stocktake_id, tenant_id, sku_id, book_quantity, counted_quantity)
                    values (:id, :tenant, :sku, :book, :counted)""")
                    .param("id", s.id()).param("tenant", s.tenantId()).param("sku", l.skuId())
                    .param("book", l.bookQuantity()).param("counted", l.countedQuantity())
                    .update();
        }
    }

    Optional<Stocktake> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from stocktake where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /** The stocktake, locked until the end of the transaction so that one change wins. */
    Optional<Stocktake> lock(UUID tenant, UUID id) {
        return jdbc.sql("select * from stocktake where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /**
     * One page of the stocktakes at the given places, optionally of one place and one status. The statement has
     * only the filters given, so that each combination walks its own index: (tenant_id, id), (tenant_id, place_id,
     * id) or (tenant_id, status, id).
     */
    List<Stocktake> list(UUID tenant, UUID[] places, UUID place, StocktakeStatus status, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("select * from stocktake where tenant_id = :tenant"
                                              + " and place_id = any(:places)");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "places", places, "after", after,
                "limit", limit));
        if (place != null) {
            sql.append(" and place_id = :place");
            params.put("place", place);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        sql.append(" and id > :after order by id limit :limit");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Writes the status and the counted quantities, if nobody changed the stocktake meanwhile. */
    void update(Stocktake s) {
        int updated = jdbc.sql("""
                update stocktake set status = :status, version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("status", s.status().name()).param("tenant", s.tenantId()).param("id", s.id())
                .param("version", s.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("stocktake " + s.id() + " changed meanwhile");
        }
        for (Line l : s.lines()) {
            jdbc.sql("""
                    update stocktake_line set counted_quantity = :counted, posted_difference = :posted
                    where tenant_id = :tenant and stocktake_id = :id and sku_id = :sku""")
                    .param("counted", l.countedQuantity()).param("posted", l.postedDifference())
                    .param("tenant", s.tenantId()).param("id", s.id()).param("sku", l.skuId())
                    .update();
        }
    }

    private List<Line> lines(UUID tenant, UUID stocktakeId) {
        return jdbc.sql("""
                select sku_id, book_quantity, counted_quantity, posted_difference from stocktake_line
                where tenant_id = :tenant and stocktake_id = :id order by sku_id""")
                .param("tenant", tenant).param("id", stocktakeId)
                .query((rs, n) -> new Line(rs.getObject("sku_id", UUID.class), rs.getLong("book_quantity"),
                        rs.getObject("counted_quantity", Long.class), rs.getObject("posted_difference", Long.class)))
                .list();
    }

    private Stocktake map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID tenant = rs.getObject("tenant_id", UUID.class);
        return new Stocktake(id, tenant, rs.getObject("place_id", UUID.class),
                StocktakeStatus.valueOf(rs.getString("status")), lines(tenant, id), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}

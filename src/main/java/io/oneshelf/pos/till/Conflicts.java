package io.oneshelf.pos.till;

import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a sale synced from offline could not keep as recorded ({@code pos_conflict}): the sale stands as sold, the
 * conflict waits for the store manager, who resolves it with a note.
 */
@Repository
class Conflicts {

    enum Kind { STOCK_SHORT, PRICE_CHANGED, COUPON_USED, MEMBER_MERGED, OVER_LIMIT }

    /** One conflict found while applying a sale: its kind and what it was. */
    record Found(Kind kind, String detail) {
    }

    record Conflict(UUID id, UUID tillId, UUID storeId, UUID orderId, String number, Kind kind, String detail,
                    OffsetDateTime recordedAt, OffsetDateTime syncedAt, String status, UUID resolvedBy,
                    String resolvedByName, OffsetDateTime resolvedAt, String note) {
    }

    private final JdbcClient jdbc;

    Conflicts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID brandId, Till till, UUID orderId, String number, Found f, OffsetDateTime recordedAt,
                OffsetDateTime syncedAt) {
        jdbc.sql("""
                insert into pos_conflict(id, tenant_id, till_id, store_id, order_id, number, kind, detail,
                                         recorded_at, synced_at, status)
                values (:id, :tenant, :till, :store, :order, :number, :kind, :detail, :recorded, :synced, 'OPEN')
                on conflict do nothing""")
                .param("id", Ids.next()).param("tenant", brandId).param("till", till.id())
                .param("store", till.storeId()).param("order", orderId).param("number", number)
                .param("kind", f.kind().name()).param("detail", f.detail()).param("recorded", recordedAt)
                .param("synced", syncedAt).update();
    }

    List<Found> ofOrder(UUID brandId, UUID orderId) {
        return jdbc.sql("select kind, detail from pos_conflict where tenant_id = :tenant and order_id = :order"
                        + " order by kind")
                .param("tenant", brandId).param("order", orderId)
                .query((rs, n) -> new Found(Kind.valueOf(rs.getString("kind")), rs.getString("detail"))).list();
    }

    Optional<Conflict> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from pos_conflict where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(Conflicts::conflict).optional();
    }

    /** Newest first, before the cursor's id; {@code stores} null for the whole brand. */
    List<Conflict> list(UUID brandId, UUID[] stores, String status, UUID before, int limit) {
        return jdbc.sql("""
                select * from pos_conflict where tenant_id = :tenant
                  and (cast(:stores as uuid[]) is null or store_id = any(:stores))
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:before as uuid) is null or id < :before)
                order by id desc limit :limit""")
                .param("tenant", brandId).param("stores", stores).param("status", status).param("before", before)
                .param("limit", limit).query(Conflicts::conflict).list();
    }

    /** Resolves an open conflict; a resolved one keeps its first resolution. */
    void resolve(UUID brandId, UUID id, UUID by, String byName, String note, OffsetDateTime at) {
        jdbc.sql("""
                update pos_conflict set status = 'RESOLVED', resolved_by = :by, resolved_by_name = :byName,
                                        resolved_at = :at, note = :note
                where tenant_id = :tenant and id = :id and status = 'OPEN'""")
                .param("by", by).param("byName", byName).param("at", at).param("note", note)
                .param("tenant", brandId).param("id", id).update();
    }

    private static Conflict conflict(ResultSet rs, int n) throws SQLException {
        return new Conflict(rs.getObject("id", UUID.class), rs.getObject("till_id", UUID.class),
                rs.getObject("store_id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("number"),
                Kind.valueOf(rs.getString("kind")), rs.getString("detail"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("synced_at", OffsetDateTime.class),
                rs.getString("status"), rs.getObject("resolved_by", UUID.class), rs.getString("resolved_by_name"),
                rs.getObject("resolved_at", OffsetDateTime.class), rs.getString("note"));
    }
}

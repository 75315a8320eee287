package io.oneshelf.pos.till;

import io.oneshelf.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The shifts of the tills ({@code pos_shift}); one open shift per till, kept so by a unique index. */
@Repository
class Shifts {

    private static final TypeReference<List<Shift.Count>> COUNTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Shifts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an open shift; false when the till has an open shift already. */
    boolean open(Shift s) {
        return jdbc.sql("""
                insert into pos_shift(id, tenant_id, till_id, store_id, staff_id, staff_name, status, float_fen,
                                      opened_at, version)
                values (:id, :tenant, :till, :store, :staff, :staffName, 'OPEN', :float, :at, 0)
                on conflict do nothing""")
                .param("id", s.id()).param("tenant", s.brandId()).param("till", s.tillId())
                .param("store", s.storeId()).param("staff", s.staffId()).param("staffName", s.staffName())
                .param("float", s.floatFen()).param("at", s.openedAt()).update() == 1;
    }

    Optional<Shift> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from pos_shift where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(this::shift).optional();
    }

    /** The shift, locked until the caller's transaction ends (a close and a sale wait for each other). */
    Optional<Shift> lock(UUID brandId, UUID id) {
        return jdbc.sql("select * from pos_shift where tenant_id = :tenant and id = :id for update")
                .param("tenant", brandId).param("id", id).query(this::shift).optional();
    }

    Optional<Shift> openOn(UUID tillId) {
        return jdbc.sql("select * from pos_shift where till_id = :till and status = 'OPEN'")
                .param("till", tillId).query(this::shift).optional();
    }

    /** The shift that was open on the till at {@code at}, if any. */
    Optional<Shift> openAt(UUID tillId, OffsetDateTime at) {
        return jdbc.sql("""
                select * from pos_shift where till_id = :till and opened_at <= :at
                  and (closed_at is null or closed_at > :at)
                order by opened_at desc limit 1""")
                .param("till", tillId).param("at", at).query(this::shift).optional();
    }

    void close(Shift s, long expected, long counted, List<Shift.Count> counts, String note, OffsetDateTime at) {
        int changed = jdbc.sql("""
                update pos_shift set status = 'CLOSED', closed_at = :at, expected_cash_fen = :expected,
                                     counted_cash_fen = :counted, counted = cast(:counts as jsonb), note = :note,
                                     version = version + 1
                where id = :id and status = 'OPEN'""")
                .param("at", at).param("expected", expected).param("counted", counted)
                .param("counts", json.writeValueAsString(counts)).param("note", note).param("id", s.id()).update();
        if (changed != 1) {
            throw Rejection.conflict("status", "pos.shift.already-closed");
        }
    }

    /** Shifts newest first, before the cursor's id; null filters match all ({@code stores} null: the brand's). */
    List<Shift> list(UUID brandId, UUID[] stores, UUID tillId, Shift.Status status, UUID staffId, UUID before,
                     int limit) {
        return jdbc.sql("""
                select * from pos_shift where tenant_id = :tenant
                  and (cast(:stores as uuid[]) is null or store_id = any(:stores))
                  and (cast(:till as uuid) is null or till_id = :till)
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:staff as uuid) is null or staff_id = :staff)
                  and (cast(:before as uuid) is null or id < :before)
                order by id desc limit :limit""")
                .param("tenant", brandId).param("stores", stores).param("till", tillId)
                .param("status", status == null ? null : status.name()).param("staff", staffId)
                .param("before", before).param("limit", limit).query(this::shift).list();
    }

    /** The shifts of a store opened in [from, to), oldest first: a day's Z-report. */
    List<Shift> openedBetween(UUID brandId, UUID storeId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select * from pos_shift where tenant_id = :tenant and store_id = :store
                  and opened_at >= :from and opened_at < :to order by opened_at""")
                .param("tenant", brandId).param("store", storeId).param("from", from).param("to", to)
                .query(this::shift).list();
    }

    private Shift shift(ResultSet rs, int n) throws SQLException {
        return new Shift(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("till_id", UUID.class), rs.getObject("store_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getString("staff_name"),
                Shift.Status.valueOf(rs.getString("status")), rs.getLong("float_fen"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                (Long) rs.getObject("expected_cash_fen"), (Long) rs.getObject("counted_cash_fen"),
                json.readValue(rs.getString("counted"), COUNTS), rs.getString("note"), rs.getInt("version"));
    }
}

package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.HoldLine;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reservations with their lines, always within one tenant (except the expiry job's claim). */
@Repository
class Reservations {

    private final JdbcClient jdbc;

    Reservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the reservation unless its reference is taken; a concurrent insert of the same reference waits for
     * the other transaction and then returns false (it committed) or inserts (it rolled back).
     */
    boolean insertIfAbsent(Reservation r, Actor actor) {
        int inserted = jdbc.sql("""
                insert into stock_reservation(id, tenant_id, reference, status, expires_at, actor_id, actor_name,
                                              version, created_at, updated_at)
                values (:id, :tenant, :reference, :status, :expires, :actor, :actorName, 0, now(), now())
                on conflict (tenant_id, reference) do nothing""")
                .param("id", r.id()).param("tenant", r.tenantId()).param("reference", r.reference())
                .param("status", r.status().name()).param("expires", r.expiresAt()).param("actor", actor.id())
                .param("actorName", actor.name())
                .update();
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < r.lines().size(); i++) {
            HoldLine l = r.lines().get(i);
            jdbc.sql("""
                    insert into stock_reservation_line(reservation_id, line_no, tenant_id, sku_id, location_id, quantity)
                    values (:id, :no, :tenant, :sku, :location, :quantity)""")
                    .param("id", r.id()).param("no", i).param("tenant", r.tenantId()).param("sku", l.skuId())
                    .param("location", l.locationId()).param("quantity", l.quantity())
                    .update();
        }
        return true;
    }

    /** A reservation about to be inserted, by whom, held for how long. */
    record NewHold(Reservation reservation, Actor actor, int seconds) {
    }

    /**
     * Inserts many held reservations with one statement, in (tenant, reference) order so that rounds on several
     * instances take the unique index entries in one order; a reference already taken is skipped. Returns the
     * insertion time of each one inserted, by id.
     */
    Map<UUID, OffsetDateTime> insertAll(List<NewHold> holds) {
        Map<UUID, OffsetDateTime> made = new HashMap<>();
        if (holds.isEmpty()) {
            return made;
        }
        List<NewHold> sorted = holds.stream().sorted(Comparator
                .comparing((NewHold h) -> h.reservation().tenantId().toString())
                .thenComparing(h -> h.reservation().reference())).toList();
        jdbc.sql("""
                insert into stock_reservation(id, tenant_id, reference, status, expires_at, actor_id, actor_name,
                                              version, created_at, updated_at)
                select h.id, h.tenant, h.reference, 'HELD', now() + make_interval(secs => h.seconds), h.actor,
                       h.actor_name, 0, now(), now()
                from unnest(:ids, :tenants, :references, :seconds, :actors, :actorNames)
                     as h(id, tenant, reference, seconds, actor, actor_name)
                on conflict (tenant_id, reference) do nothing
                returning id, created_at""")
                .param("ids", sorted.stream().map(h -> h.reservation().id()).toArray(UUID[]::new))
                .param("tenants", sorted.stream().map(h -> h.reservation().tenantId()).toArray(UUID[]::new))
                .param("references", sorted.stream().map(h -> h.reservation().reference()).toArray(String[]::new))
                .param("seconds", sorted.stream().map(NewHold::seconds).toArray(Integer[]::new))
                .param("actors", sorted.stream().map(h -> h.actor().id()).toArray(UUID[]::new))
                .param("actorNames", sorted.stream().map(h -> h.actor().name()).toArray(String[]::new))
                .query((rs, n) -> made.put(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
                .list();
        return made;
    }

    /** The lines of many reservations inserted in this transaction, with one statement. */
    void insertLinesAll(List<Reservation> held) {
        List<UUID> ids = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<HoldLine> lines = new ArrayList<>();
        List<UUID> tenants = new ArrayList<>();
        held.forEach(r -> {
            for (int i = 0; i < r.lines().size(); i++) {
                ids.add(r.id());
                numbers.add(i);
                lines.add(r.lines().get(i));
                tenants.add(r.tenantId());
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into stock_reservation_line(reservation_id, line_no, tenant_id, sku_id, location_id, quantity)
                select * from unnest(:ids, :numbers, :tenants, :skus, :locations, :quantities)""")
                .param("ids", ids.toArray(UUID[]::new)).param("numbers", numbers.toArray(Integer[]::new))
                .param("tenants", tenants.toArray(UUID[]::new))
                .param("skus", lines.stream().map(HoldLine::skuId).toArray(UUID[]::new))
                .param("locations", lines.stream().map(HoldLine::locationId).toArray(UUID[]::new))
                .param("quantities", lines.stream().map(HoldLine::quantity).toArray(Long[]::new))
                .update();
    }

    /** Takes back reservations inserted in this transaction that got no stock, with their lines. */
    void deleteAll(List<UUID> ids) {
        if (!ids.isEmpty()) {
            UUID[] array = ids.toArray(UUID[]::new);
            jdbc.sql("delete from stock_reservation_line where reservation_id = any(:ids)").param("ids", array)
                    .update();
            jdbc.sql("delete from stock_reservation where id = any(:ids)").param("ids", array).update();
        }
    }

    Optional<Reservation> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_reservation where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /** The reservation, locked until the end of the transaction so that one transition wins. */
    Optional<Reservation> lock(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_reservation where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /** The reservation with this reference, locked until the end of the transaction. */
    Optional<Reservation> lockByReference(UUID tenant, String reference) {
        return jdbc.sql("select * from stock_reservation where tenant_id = :tenant and reference = :reference for update")
                .param("tenant", tenant).param("reference", reference).query(this::map).optional();
    }

    Optional<Reservation> findByReference(UUID tenant, String reference) {
        return jdbc.sql("select * from stock_reservation where tenant_id = :tenant and reference = :reference")
                .param("tenant", tenant).param("reference", reference).query(this::map).optional();
    }

    /**
     * Claims up to {@code limit} held reservations past their expiry, of any tenant, locking them; rows another
     * instance has already claimed are skipped, so no reservation is expired twice.
     */
    List<Reservation> claimDue(int limit) {
        return jdbc.sql("""
                select * from stock_reservation where status = 'HELD' and expires_at < now()
                order by expires_at limit :limit for update skip locked""")
                .param("limit", limit).query(this::map).list();
    }

    void update(Reservation r) {
        int updated = jdbc.sql("""
                update stock_reservation set status = :status, version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("status", r.status().name()).param("tenant", r.tenantId()).param("id", r.id())
                .param("version", r.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("reservation " + r.id() + " changed meanwhile");
        }
    }

    private List<HoldLine> lines(UUID reservationId) {
        return jdbc.sql("""
                select sku_id, location_id, quantity from stock_reservation_line where reservation_id = :id
                order by line_no""")
                .param("id", reservationId)
                .query((rs, n) -> new HoldLine(rs.getObject("sku_id", UUID.class), rs.getObject("location_id", UUID.class),
                        rs.getLong("quantity")))
                .list();
    }

    private Reservation map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Reservation(id, rs.getObject("tenant_id", UUID.class), rs.getString("reference"),
                ReservationStatus.valueOf(rs.getString("status")), rs.getObject("expires_at", OffsetDateTime.class),
                lines(id), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}

package io.oneshelf.order.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stores' pickup slots ({@code pickup_slot}) and how many orders each has booked per day
 * ({@code pickup_slot_day}). A place is taken by one conditional upsert (booked below capacity), so two bookings of
 * the last place cannot both win: the second waits for the first's row and then finds it full.
 */
@Repository
class PickupSlots {

    private final JdbcClient jdbc;

    PickupSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PickupSlot> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from pickup_slot where tenant_id = :t and id = :id")
                .param("t", brandId).param("id", id).query(PickupSlots::slot).optional();
    }

    List<PickupSlot> ofStore(UUID brandId, UUID storeId) {
        return jdbc.sql("select * from pickup_slot where tenant_id = :t and store_id = :s order by starts_at, id")
                .param("t", brandId).param("s", storeId).query(PickupSlots::slot).list();
    }

    List<PickupSlot> all(UUID brandId) {
        return jdbc.sql("select * from pickup_slot where tenant_id = :t order by store_id, starts_at, id")
                .param("t", brandId).query(PickupSlots::slot).list();
    }

    void insert(UUID brandId, PickupSlot s) {
        jdbc.sql("""
                insert into pickup_slot(id, tenant_id, store_id, starts_at, ends_at, capacity, days, active, version,
                                        created_at, updated_at)
                values (:id, :t, :store, :starts, :ends, :capacity, :days, :active, 1, now(), now())""")
                .param("id", s.id()).param("t", brandId).param("store", s.storeId()).param("starts", s.startsAt())
                .param("ends", s.endsAt()).param("capacity", s.capacity()).param("days", PickupSlot.mask(s.days()))
                .param("active", s.active()).update();
    }

    /** Saves the slot's times, capacity, days and state if nobody changed it since {@code version}. */
    boolean update(UUID brandId, PickupSlot s, int version) {
        return jdbc.sql("""
                update pickup_slot set starts_at = :starts, ends_at = :ends, capacity = :capacity, days = :days,
                       active = :active, version = version + 1, updated_at = now()
                where tenant_id = :t and id = :id and version = :version""")
                .param("id", s.id()).param("t", brandId).param("starts", s.startsAt()).param("ends", s.endsAt())
                .param("capacity", s.capacity()).param("days", PickupSlot.mask(s.days())).param("active", s.active())
                .param("version", version).update() == 1;
    }

    /** Takes one place of the slot on the day if fewer than {@code capacity} are taken; false when it is full. */
    boolean take(UUID brandId, UUID slotId, LocalDate day, int capacity) {
        return jdbc.sql("""
                insert into pickup_slot_day(tenant_id, slot_id, day, booked) values (:t, :s, :d, 1)
                on conflict (slot_id, day) do update set booked = pickup_slot_day.booked + 1
                where pickup_slot_day.booked < :capacity""")
                .param("t", brandId).param("s", slotId).param("d", day).param("capacity", capacity).update() == 1;
    }

    /** Gives one place of the slot on the day back. */
    void free(UUID brandId, UUID slotId, LocalDate day) {
        jdbc.sql("""
                update pickup_slot_day set booked = booked - 1
                where tenant_id = :t and slot_id = :s and day = :d and booked > 0""")
                .param("t", brandId).param("s", slotId).param("d", day).update();
    }

    int booked(UUID slotId, LocalDate day) {
        return jdbc.sql("select booked from pickup_slot_day where slot_id = :s and day = :d")
                .param("s", slotId).param("d", day).query(Integer.class).optional().orElse(0);
    }

    /** Places taken per slot and day of the store's slots between the two days (inclusive). */
    Map<String, Integer> booked(UUID brandId, UUID storeId, LocalDate from, LocalDate to) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("""
                select d.slot_id, d.day, d.booked from pickup_slot_day d join pickup_slot s on s.id = d.slot_id
                where d.tenant_id = :t and s.store_id = :store and d.day between :from and :to""")
                .param("t", brandId).param("store", storeId).param("from", from).param("to", to)
                .query(rs -> {
                    out.put(key(rs.getObject("slot_id", UUID.class), rs.getObject("day", LocalDate.class)),
                            rs.getInt("booked"));
                });
        return out;
    }

    static String key(UUID slotId, LocalDate day) {
        return slotId + "@" + day;
    }

    private static PickupSlot slot(ResultSet rs, int n) throws SQLException {
        return new PickupSlot(rs.getObject("id", UUID.class), rs.getObject("store_id", UUID.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                rs.getInt("capacity"), PickupSlot.days(rs.getInt("days")), rs.getBoolean("active"),
                rs.getInt("version"));
    }
}

package io.oneshelf.guide.binding;

import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers' bindings ({@code guide_binding}): a binding row only ever ends, it is never changed otherwise. */
@Repository
class BindingStore {

    private static final String COLUMNS = "id, customer_id, guide_id, store_id, source, handover_id, by_staff_id,"
                                          + " started_at, ended_at";

    private final JdbcClient jdbc;

    BindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's current binding, locked until the transaction ends. */
    Optional<Binding> lockCurrent(UUID brand, UUID customer) {
        return jdbc.sql("select " + COLUMNS + " from guide_binding where tenant_id = :brand and customer_id = :customer"
                        + " and ended_at is null for update")
                .param("brand", brand).param("customer", customer).query(BindingStore::map).optional();
    }

    Optional<Binding> current(UUID brand, UUID customer) {
        return jdbc.sql("select " + COLUMNS + " from guide_binding where tenant_id = :brand and customer_id = :customer"
                        + " and ended_at is null")
                .param("brand", brand).param("customer", customer).query(BindingStore::map).optional();
    }

    /**
     * Binds the customer if nothing binds them now (one insert: of two at once, the first wins and the other
     * inserts nothing); the new binding, or empty.
     */
    Optional<Binding> bindIfNone(UUID brand, Binding b) {
        return jdbc.sql("insert into guide_binding(" + COLUMNS + ", tenant_id) values (:id, :customer, :guide, :store,"
                        + " :source, :handover, :by, now(), null, :brand)"
                        + " on conflict (tenant_id, customer_id) where ended_at is null do nothing"
                        + " returning " + COLUMNS)
                .params(params(brand, b)).query(BindingStore::map).optional();
    }

    /** Ends the current binding {@code id} and starts {@code next} in its place. */
    Binding replace(UUID brand, UUID id, Binding next) {
        jdbc.sql("update guide_binding set ended_at = now() where tenant_id = :brand and id = :id and ended_at is null")
                .param("brand", brand).param("id", id).update();
        return jdbc.sql("insert into guide_binding(" + COLUMNS + ", tenant_id) values (:id, :customer, :guide, :store,"
                        + " :source, :handover, :by, now(), null, :brand) returning " + COLUMNS)
                .params(params(brand, next)).query(BindingStore::map).single();
    }

    /** Every binding of the customer, newest first. */
    List<Binding> history(UUID brand, UUID customer) {
        return jdbc.sql("select " + COLUMNS + " from guide_binding where tenant_id = :brand and customer_id = :customer"
                        + " order by started_at desc, id desc limit 200")
                .param("brand", brand).param("customer", customer).query(BindingStore::map).list();
    }

    /** The customers bound to the guide now, newest binding first, after the cursor's binding id. */
    List<Binding> ofGuide(UUID brand, UUID guide, UUID before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from guide_binding where tenant_id = :brand and guide_id = :guide"
                        + " and ended_at is null and (cast(:before as uuid) is null or id < :before)"
                        + " order by id desc limit :limit")
                .param("brand", brand).param("guide", guide).param("before", before).param("limit", limit)
                .query(BindingStore::map).list();
    }

    /** The current bindings of the guide, locked: what a handover moves. */
    List<Binding> lockOfGuide(UUID brand, UUID guide) {
        return jdbc.sql("select " + COLUMNS + " from guide_binding where tenant_id = :brand and guide_id = :guide"
                        + " and ended_at is null order by id for update")
                .param("brand", brand).param("guide", guide).query(BindingStore::map).list();
    }

    /** How many customers each guide of the store has now; the store's pool under the key null. */
    java.util.Map<UUID, Long> countsAt(UUID brand, UUID storeId) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select guide_id, count(*) from guide_binding where tenant_id = :brand and store_id = :store"
                        + " and ended_at is null group by guide_id")
                .param("brand", brand).param("store", storeId)
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return counts;
    }

    /** The customers a handover bound. */
    List<UUID> customersOf(UUID handoverId) {
        return jdbc.sql("select customer_id from guide_binding where handover_id = :h order by id")
                .param("h", handoverId).query(UUID.class).list();
    }

    static Binding fresh(UUID customer, UUID guide, UUID store, Binding.Source source, UUID handover, UUID by) {
        return new Binding(Ids.next(), customer, guide, store, source, handover, by, null, null);
    }

    private static java.util.Map<String, Object> params(UUID brand, Binding b) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", b.id());
        p.put("customer", b.customerId());
        p.put("guide", b.guideId());
        p.put("store", b.storeId());
        p.put("source", b.source().name());
        p.put("handover", b.handoverId());
        p.put("by", b.byStaffId());
        p.put("brand", brand);
        return p;
    }

    private static Binding map(ResultSet rs, int n) throws SQLException {
        return new Binding(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("guide_id", UUID.class), rs.getObject("store_id", UUID.class),
                Binding.Source.valueOf(rs.getString("source")), rs.getObject("handover_id", UUID.class),
                rs.getObject("by_staff_id", UUID.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class));
    }
}

package io.oneshelf.distribution.commission;

import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The commission ledger ({@code distribution_commission}): rows are only ever added. */
@Repository
class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the order until the transaction ends: its earning, reversals and settling are decided one at a time. */
    void lockOrder(UUID brand, UUID order) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "distribution-commission:" + brand + ":" + order).query(Integer.class).single();
    }

    /**
     * Adds a row; an EARNED or SETTLED row the order's tier has already is not added again (the unique keys): the
     * new row, or empty.
     */
    Optional<Entry> add(UUID brand, Entry e) {
        return jdbc.sql("""
                        insert into distribution_commission(id, tenant_id, distributor_id, order_id, order_number,
                                    customer_id, tier, kind, base, pending, available, settles_at, recorded_at)
                        values (:id, :brand, :distributor, :order, :number, :customer, :tier, :kind, :base, :pending,
                                :available, :settles, now())
                        on conflict do nothing
                        returning *""")
                .param("id", Ids.next()).param("brand", brand).param("distributor", e.distributorId())
                .param("order", e.orderId()).param("number", e.orderNumber()).param("customer", e.customerId())
                .param("tier", e.tier()).param("kind", e.kind()).param("base", e.base())
                .param("pending", e.pending()).param("available", e.available()).param("settles", e.settlesAt())
                .query(Ledger::map).optional();
    }

    /** The order's rows, oldest first. */
    List<Entry> ofOrder(UUID brand, UUID order) {
        return jdbc.sql("select * from distribution_commission where tenant_id = :brand and order_id = :order"
                        + " order by id")
                .param("brand", brand).param("order", order).query(Ledger::map).list();
    }

    /**
     * Claims one EARNED row whose window closed and which is not settled yet, skipping rows another instance holds:
     * {brand, order}, or empty when none is due.
     */
    Optional<UUID[]> claimDue(OffsetDateTime now) {
        return jdbc.sql("""
                        select e.tenant_id, e.order_id from distribution_commission e
                        where e.kind = 'EARNED' and e.settles_at <= :now
                          and not exists (select 1 from distribution_commission s where s.kind = 'SETTLED'
                                          and s.tenant_id = e.tenant_id and s.order_id = e.order_id
                                          and s.tier = e.tier)
                        order by e.settles_at limit 1 for update of e skip locked""")
                .param("now", now)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
    }

    /** A distributor's rows, newest first, a page at a time. */
    List<Entry> ofDistributor(UUID brand, UUID distributor, UUID before, int limit) {
        return jdbc.sql("""
                        select * from distribution_commission where tenant_id = :brand
                          and (cast(:distributor as uuid) is null or distributor_id = :distributor)
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("distributor", distributor).param("before", before)
                .param("limit", limit).query(Ledger::map).list();
    }

    static Entry map(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("distributor_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                rs.getObject("customer_id", UUID.class), rs.getInt("tier"), rs.getString("kind"),
                rs.getLong("base"), rs.getLong("pending"), rs.getLong("available"),
                rs.getObject("settles_at", OffsetDateTime.class), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}

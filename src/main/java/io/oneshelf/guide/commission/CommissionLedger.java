package io.oneshelf.guide.commission;

import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The guides' sales ledger ({@code guide_commission}): rows are only ever added. */
@Repository
class CommissionLedger {

    private final JdbcClient jdbc;

    CommissionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the order's earned row unless it has one (its unique key): the new row, or empty. */
    Optional<CommissionEntry> earn(UUID brand, CommissionEntry e) {
        return jdbc.sql("""
                        insert into guide_commission(id, tenant_id, guide_id, order_id, order_number, customer_id,
                                                     store_id, kind, base, rate_bp, amount, corrects, recorded_at)
                        values (:id, :brand, :guide, :order, :number, :customer, :store, 'EARNED', :base, :rate,
                                :amount, null, now())
                        on conflict (tenant_id, order_id) where kind = 'EARNED' do nothing
                        returning *""")
                .param("id", Ids.next()).param("brand", brand).param("guide", e.guideId()).param("order", e.orderId())
                .param("number", e.orderNumber()).param("customer", e.customerId()).param("store", e.storeId())
                .param("base", e.base()).param("rate", e.rateBp()).param("amount", e.amount())
                .query(CommissionLedger::map).optional();
    }

    /** Locks the order's rows until the transaction ends: one earning or reversal of an order at a time. */
    void lockOrder(UUID brand, UUID order) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "guide-commission:" + brand + ":" + order).query(Integer.class).single();
    }

    /** The order's earned row, locked: its reversals are decided one at a time. */
    Optional<CommissionEntry> lockEarned(UUID brand, UUID order) {
        return jdbc.sql("select * from guide_commission where tenant_id = :brand and order_id = :order"
                        + " and kind = 'EARNED' for update")
                .param("brand", brand).param("order", order).query(CommissionLedger::map).optional();
    }

    /** What the order's reversals took back so far: {base, amount}, both ≤ 0. */
    long[] reversedSoFar(UUID brand, UUID order) {
        return jdbc.sql("select coalesce(sum(base), 0), coalesce(sum(amount), 0) from guide_commission"
                        + " where tenant_id = :brand and order_id = :order and kind = 'REVERSED'")
                .param("brand", brand).param("order", order)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    CommissionEntry reverse(UUID brand, CommissionEntry earned, long base, long amount) {
        return jdbc.sql("""
                        insert into guide_commission(id, tenant_id, guide_id, order_id, order_number, customer_id,
                                                     store_id, kind, base, rate_bp, amount, corrects, recorded_at)
                        values (:id, :brand, :guide, :order, :number, :customer, :store, 'REVERSED', :base, :rate,
                                :amount, :corrects, now())
                        returning *""")
                .param("id", Ids.next()).param("brand", brand).param("guide", earned.guideId())
                .param("order", earned.orderId()).param("number", earned.orderNumber())
                .param("customer", earned.customerId()).param("store", earned.storeId()).param("base", base)
                .param("rate", earned.rateBp()).param("amount", amount).param("corrects", earned.id())
                .query(CommissionLedger::map).single();
    }

    /** The guide's (or, guide null, the guides of {@code stores}') rows from {@code from} to {@code to}, newest first. */
    List<CommissionEntry> entries(UUID brand, UUID guide, java.util.Collection<UUID> stores, OffsetDateTime from,
                                  OffsetDateTime to, UUID before, int limit) {
        return jdbc.sql("""
                        select * from guide_commission where tenant_id = :brand
                          and (cast(:guide as uuid) is null or guide_id = :guide)
                          and (cast(:guide as uuid) is not null or store_id = any(:stores))
                          and recorded_at >= :from and recorded_at < :to
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("guide", guide).param("stores", stores.toArray(UUID[]::new))
                .param("from", from).param("to", to).param("before", before).param("limit", limit)
                .query(CommissionLedger::map).list();
    }

    static CommissionEntry map(ResultSet rs, int n) throws SQLException {
        return new CommissionEntry(rs.getObject("id", UUID.class), rs.getObject("guide_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                rs.getObject("customer_id", UUID.class), rs.getObject("store_id", UUID.class), rs.getString("kind"),
                rs.getLong("base"), rs.getInt("rate_bp"), rs.getLong("amount"), rs.getObject("corrects", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}

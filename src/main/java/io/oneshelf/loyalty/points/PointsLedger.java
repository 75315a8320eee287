package io.oneshelf.loyalty.points;

import io.oneshelf.platform.Ids;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only ledger of points (points_entry) and each customer's balance (points_account). A movement locks the
 * customer's account row, reads the balance under that lock, and appends its entry and the new balance in the same
 * transaction, so concurrent movements queue and the balance never goes below zero. The database allows one entry
 * per kind and key (an order's earning, a payment's redemption, a refund part, a period's expiry), so a movement
 * applied twice counts once. Entries are dated by the clock when appended (under the lock), not by their
 * transaction's start, so their dates are in the order of the balances they leave.
 */
@Repository
class PointsLedger {

    /** A movement to append: signed points, the fen it stands for (REDEEM, REFUND), what it is about, its key. */
    record Move(UUID brandId, UUID customerId, String kind, long points, long amount, UUID orderId, UUID paymentId,
                String reference, String key) {
    }

    private final JdbcClient jdbc;

    PointsLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's balance, their account locked for this transaction (opened at 0 the first time). */
    long lock(UUID brandId, UUID customerId) {
        jdbc.sql("""
                insert into points_account(tenant_id, customer_id, balance, updated_at)
                values (:tenant, :customer, 0, now()) on conflict do nothing""")
                .param("tenant", brandId).param("customer", customerId).update();
        return jdbc.sql("""
                        select balance from points_account where tenant_id = :tenant and customer_id = :customer
                        for update""")
                .param("tenant", brandId).param("customer", customerId).query(Long.class).single();
    }

    /** Whether a movement of this kind and key was applied already. */
    boolean applied(UUID brandId, String kind, String key) {
        return jdbc.sql("select count(*) from points_entry where tenant_id = :tenant and kind = :kind and entry_key = :key")
                .param("tenant", brandId).param("kind", kind).param("key", key).query(Long.class).single() > 0;
    }

    /**
     * Appends the movement to an account locked by {@link #lock} whose balance was {@code balance}; answers the new
     * balance. The caller keeps the balance at zero or above (the database refuses below).
     */
    long append(Move m, long balance) {
        long after = Math.addExact(balance, m.points());
        jdbc.sql("""
                insert into points_entry(id, tenant_id, customer_id, kind, points, amount, order_id, payment_id,
                                         reference, entry_key, balance, created_at)
                values (:id, :tenant, :customer, :kind, :points, :amount, :order, :payment, :reference, :key,
                        :balance, clock_timestamp())""")
                .param("id", Ids.next()).param("tenant", m.brandId()).param("customer", m.customerId())
                .param("kind", m.kind()).param("points", m.points()).param("amount", m.amount())
                .param("order", m.orderId()).param("payment", m.paymentId()).param("reference", m.reference())
                .param("key", m.key()).param("balance", after).update();
        jdbc.sql("""
                update points_account set balance = :balance, updated_at = now()
                where tenant_id = :tenant and customer_id = :customer""")
                .param("balance", after).param("tenant", m.brandId()).param("customer", m.customerId()).update();
        return after;
    }

    long balance(UUID brandId, UUID customerId) {
        return jdbc.sql("select balance from points_account where tenant_id = :tenant and customer_id = :customer")
                .param("tenant", brandId).param("customer", customerId).query(Long.class).optional().orElse(0L);
    }

    /** Points an order earned, and the points owed back so far by its refunds (taken or short). */
    long[] ofOrder(UUID brandId, UUID orderId) {
        return jdbc.sql("""
                        select coalesce(sum(points) filter (where kind = 'EARN'), 0),
                               coalesce(max(amount) filter (where kind = 'REVERSE'), 0)
                        from points_entry where tenant_id = :tenant and order_id = :order""")
                .param("tenant", brandId).param("order", orderId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** A redeemed payment: {points taken, fen paid, points refunded, fen refunded}; null when never redeemed. */
    long[] ofPayment(UUID brandId, UUID paymentId) {
        return jdbc.sql("""
                        select -sum(points) filter (where kind = 'REDEEM'), sum(amount) filter (where kind = 'REDEEM'),
                               coalesce(sum(points) filter (where kind = 'REFUND'), 0),
                               coalesce(sum(amount) filter (where kind = 'REFUND'), 0)
                        from points_entry where tenant_id = :tenant and payment_id = :payment""")
                .param("tenant", brandId).param("payment", paymentId)
                .query((rs, n) -> rs.getObject(1) == null ? null
                        : new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
    }

    /** The fen points paid towards a reference, less what was refunded to points. */
    long paidByPoints(UUID brandId, String reference) {
        return jdbc.sql("""
                        select coalesce(sum(case when kind = 'REDEEM' then amount else -amount end), 0)
                        from points_entry where tenant_id = :tenant and reference = :reference
                        and kind in ('REDEEM', 'REFUND')""")
                .param("tenant", brandId).param("reference", reference).query(Long.class).single();
    }

    /** The points of the entry of this kind and key; empty when there is none. */
    java.util.Optional<Long> points(UUID brandId, String kind, String key) {
        return jdbc.sql("select points from points_entry where tenant_id = :tenant and kind = :kind and entry_key = :key")
                .param("tenant", brandId).param("kind", kind).param("key", key).query(Long.class).optional();
    }

    /**
     * Points the customer got since {@code from}: earned on orders, given on birthdays, and moved to them by a merge
     * (those count as got when moved).
     */
    long earnedSince(UUID brandId, UUID customerId, OffsetDateTime from) {
        return jdbc.sql("""
                        select coalesce(sum(points), 0) from points_entry where tenant_id = :tenant
                        and customer_id = :customer and kind in ('EARN', 'BIRTHDAY', 'MERGE_IN')
                        and created_at >= :from""")
                .param("tenant", brandId).param("customer", customerId).param("from", from)
                .query(Long.class).single();
    }

    /** The customer's entries, newest first, before the entry {@code before} (null: from the newest). */
    List<PointsEntry> entries(UUID brandId, UUID customerId, UUID before, int limit) {
        return jdbc.sql("""
                        select id, customer_id, kind, points, amount, order_id, payment_id, reference, balance,
                               created_at
                        from points_entry where tenant_id = :tenant and customer_id = :customer
                        and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("tenant", brandId).param("customer", customerId).param("before", before)
                .param("limit", limit)
                .query((rs, n) -> new PointsEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class), rs.getString(8), rs.getLong(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    /** Accounts of the brand with points whose expiry for {@code period} is not applied, locked (skipping others'). */
    List<UUID> claimExpiring(UUID brandId, LocalDate period, int limit) {
        return jdbc.sql("""
                        select customer_id from points_account where tenant_id = :tenant and balance > 0
                        and (expired_through is null or expired_through < :period)
                        order by customer_id limit :limit for update skip locked""")
                .param("tenant", brandId).param("period", period).param("limit", limit).query(UUID.class).list();
    }

    void expiredThrough(UUID brandId, UUID customerId, LocalDate period) {
        jdbc.sql("""
                update points_account set expired_through = :period
                where tenant_id = :tenant and customer_id = :customer""")
                .param("period", period).param("tenant", brandId).param("customer", customerId).update();
    }
}

package io.oneshelf.loyalty.tier;

import io.oneshelf.platform.Ids;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each customer's tier (customer_tier) and the append-only growth ledger (growth_entry). A customer's row is locked
 * while their growth changes, so two orders' growth never decides their tier from a read taken before the other.
 */
@Repository
class CustomerTiers {

    /** A customer's tier as held: since when, and when a review may look at it next. */
    record Held(UUID customerId, String code, OffsetDateTime since, OffsetDateTime reviewAt) {
    }

    private final JdbcClient jdbc;

    CustomerTiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Held> find(UUID brandId, UUID customerId) {
        return jdbc.sql("""
                        select customer_id, tier_code, since, review_at from customer_tier
                        where tenant_id = :tenant and customer_id = :customer""")
                .param("tenant", brandId).param("customer", customerId)
                .query(CustomerTiers::held).optional();
    }

    /** The customer's row, locked for this transaction; created with no tier ("") the first time. */
    Held lock(UUID brandId, UUID customerId) {
        jdbc.sql("""
                insert into customer_tier(tenant_id, customer_id, tier_code, since, review_at, version)
                values (:tenant, :customer, '', now(), now() + interval '1 month', 0)
                on conflict do nothing""")
                .param("tenant", brandId).param("customer", customerId).update();
        return jdbc.sql("""
                        select customer_id, tier_code, since, review_at from customer_tier
                        where tenant_id = :tenant and customer_id = :customer for update""")
                .param("tenant", brandId).param("customer", customerId)
                .query(CustomerTiers::held).single();
    }

    void hold(UUID brandId, UUID customerId, String code, OffsetDateTime since, OffsetDateTime reviewAt) {
        jdbc.sql("""
                update customer_tier set tier_code = :code, since = :since, review_at = :review, version = version + 1
                where tenant_id = :tenant and customer_id = :customer""")
                .param("tenant", brandId).param("customer", customerId).param("code", code).param("since", since)
                .param("review", reviewAt).update();
    }

    /** Customers of every brand whose review is due, locked and skipped by another instance's claim. */
    List<UUID[]> claimDue(int limit) {
        return jdbc.sql("""
                        select tenant_id, customer_id from customer_tier where review_at <= now()
                        order by review_at limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
    }

    /** Records growth earned on an order; false when the order's growth was recorded already. */
    boolean earn(UUID brandId, UUID customerId, UUID orderId, long growth) {
        return jdbc.sql("""
                        insert into growth_entry(id, tenant_id, customer_id, order_id, kind, growth, created_at)
                        values (:id, :tenant, :customer, :order, 'EARN', :growth, now())
                        on conflict do nothing""")
                .param("id", Ids.next()).param("tenant", brandId).param("customer", customerId)
                .param("order", orderId).param("growth", growth).update() == 1;
    }

    void reverse(UUID brandId, UUID customerId, UUID orderId, long growth) {
        jdbc.sql("""
                insert into growth_entry(id, tenant_id, customer_id, order_id, kind, growth, created_at)
                values (:id, :tenant, :customer, :order, 'REVERSE', :growth, now())""")
                .param("id", Ids.next()).param("tenant", brandId).param("customer", customerId)
                .param("order", orderId).param("growth", -growth).update();
    }

    /** Growth of the order: earned, and taken back so far (positive). */
    long[] ofOrder(UUID brandId, UUID orderId) {
        return jdbc.sql("""
                        select coalesce(sum(growth) filter (where kind = 'EARN'), 0),
                               coalesce(-sum(growth) filter (where kind = 'REVERSE'), 0)
                        from growth_entry where tenant_id = :tenant and order_id = :order""")
                .param("tenant", brandId).param("order", orderId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /**
     * The customer's growth over the window: what orders paid since {@code from} earned, less what their refunds
     * took back (whenever that was, and whoever it was recorded under). A customer's orders include those of the
     * customers merged into them while the merge stands (following merges of merges).
     */
    long growthSince(UUID brandId, UUID customerId, OffsetDateTime from) {
        return jdbc.sql("""
                        with recursive members(id) as (
                            select cast(:customer as uuid)
                            union
                            select m.merged_id from loyalty_merge m join members on m.survivor_id = members.id
                            where m.tenant_id = :tenant and m.undone_at is null)
                        select coalesce(sum(g.growth), 0) from growth_entry g
                        where g.tenant_id = :tenant and g.order_id in (
                            select order_id from growth_entry where tenant_id = :tenant
                            and customer_id in (select id from members) and kind = 'EARN' and created_at >= :from)""")
                .param("tenant", brandId).param("customer", customerId).param("from", from)
                .query(Long.class).single();
    }

    /** Records a merge loyalty followed; false when it was recorded already. */
    boolean merged(UUID brandId, UUID mergeId, UUID survivorId, UUID mergedId) {
        return jdbc.sql("""
                        insert into loyalty_merge(tenant_id, merge_id, survivor_id, merged_id, merged_at)
                        values (:tenant, :merge, :survivor, :merged, now()) on conflict do nothing""")
                .param("tenant", brandId).param("merge", mergeId).param("survivor", survivorId)
                .param("merged", mergedId).update() == 1;
    }

    /** Records that the merge was undone; false when it was not standing. */
    boolean undone(UUID brandId, UUID mergeId, UUID survivorId, UUID mergedId) {
        jdbc.sql("""
                insert into loyalty_merge(tenant_id, merge_id, survivor_id, merged_id, merged_at)
                values (:tenant, :merge, :survivor, :merged, now()) on conflict do nothing""")
                .param("tenant", brandId).param("merge", mergeId).param("survivor", survivorId)
                .param("merged", mergedId).update();
        return jdbc.sql("""
                        update loyalty_merge set undone_at = now()
                        where tenant_id = :tenant and merge_id = :merge and undone_at is null""")
                .param("tenant", brandId).param("merge", mergeId).update() == 1;
    }

    private static Held held(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Held(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                rs.getObject(4, OffsetDateTime.class));
    }
}

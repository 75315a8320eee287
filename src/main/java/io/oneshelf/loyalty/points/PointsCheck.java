package io.oneshelf.loyalty.points;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves, in one snapshot, that the points ledger and the balances tell the same story: each account's balance is
 * the sum of its entries and its newest entry's balance; no order has more points taken back than it earned; no
 * points tender has more points given back than it took (counted per order and per payment over every account, since
 * a merge may leave an order's earning on one customer and its reversal on another). A healthy brand has no
 * differences.
 */
@Service
class PointsCheck {

    /** A customer whose books disagree: what the account says, what the entries sum to, and what went wrong. */
    record Difference(UUID customerId, long balance, long entries, long newestBalance, long overReversed,
                      long overRefunded) {
    }

    record Reconciliation(UUID customerId, int accountsChecked, long entriesRead, OffsetDateTime checkedAt,
                          List<Difference> differences) {
    }

    /**
     * Materialized steps, each read once and small: the accounts, their entries, their orders and payments. (Nested
     * as sub-selects, a plan made while the tables looked empty ran for minutes on a few hundred rows.)
     */
    private static final String PER_ACCOUNT = """
            with a as materialized (select * from points_account where tenant_id = :tenant %1$s),
                 mine as materialized (select customer_id, order_id, payment_id, points, balance, created_at, id
                                       from points_entry where tenant_id = :tenant
                                       and customer_id in (select customer_id from a)),
                 e as (select customer_id, sum(points) as total, count(*) as n,
                              (array_agg(balance order by created_at desc, id desc))[1] as newest
                       from mine group by customer_id),
                 orders as materialized (select distinct customer_id, order_id from mine where order_id is not null),
                 x as materialized (
                       select order_id, greatest(coalesce(-sum(points) filter (where kind = 'REVERSE'), 0)
                              - coalesce(sum(points) filter (where kind = 'EARN'), 0), 0) as over
                       from points_entry where tenant_id = :tenant
                       and order_id in (select order_id from orders) group by order_id),
                 o as (select c.customer_id, sum(x.over) as over from orders c join x on x.order_id = c.order_id
                       group by c.customer_id),
                 payments as materialized (select distinct customer_id, payment_id from mine
                                           where payment_id is not null),
                 y as materialized (
                       select payment_id, greatest(coalesce(sum(points) filter (where kind = 'REFUND'), 0)
                              - coalesce(-sum(points) filter (where kind = 'REDEEM'), 0), 0) as over
                       from points_entry where tenant_id = :tenant
                       and payment_id in (select payment_id from payments) group by payment_id),
                 p as (select c.customer_id, sum(y.over) as over from payments c join y on y.payment_id = c.payment_id
                       group by c.customer_id)
            select a.customer_id, a.balance, coalesce(e.total, 0) as total, coalesce(e.n, 0) as n,
                   coalesce(e.newest, 0) as newest, coalesce(o.over, 0) as over_reversed,
                   coalesce(p.over, 0) as over_refunded
            from a left join e on e.customer_id = a.customer_id left join o on o.customer_id = a.customer_id
                   left join p on p.customer_id = a.customer_id
            order by a.customer_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    PointsCheck(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Checks one customer's account, or every account of the brand (customer null). */
    Reconciliation check(UUID tenant, UUID customer) {
        String filter = customer == null ? "" : " and customer_id = :customer";
        return snapshot.execute(tx -> {
            OffsetDateTime at = jdbc.sql("select now()").query(OffsetDateTime.class).single();
            long[] entries = {0};
            List<Difference> differences = new ArrayList<>();
            int accounts = jdbc.sql(PER_ACCOUNT.formatted(filter)).param("tenant", tenant)
                    .param("customer", customer)
                    .query((rs, n) -> {
                        entries[0] += rs.getLong("n");
                        Difference d = new Difference(rs.getObject("customer_id", UUID.class), rs.getLong("balance"),
                                rs.getLong("total"), rs.getLong("newest"), rs.getLong("over_reversed"),
                                rs.getLong("over_refunded"));
                        if (d.balance() != d.entries() || d.balance() != d.newestBalance() || d.overReversed() != 0
                            || d.overRefunded() != 0) {
                            differences.add(d);
                        }
                        return d;
                    }).list().size();
            return new Reconciliation(customer, accounts, entries[0], at, List.copyOf(differences));
        });
    }
}

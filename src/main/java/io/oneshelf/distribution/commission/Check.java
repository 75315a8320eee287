package io.oneshelf.distribution.commission;

import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reconciles both ledgers. Each order's tiers must add up to what {@link CommissionPolicy} says of the order as it
 * stands (the base its lines were paid, the share its refunds stand for taken back, never more), a settled tier
 * must have made available what was left pending; each withdrawal's payout rows must match its status (held;
 * released when rejected or failed; paid once when paid). A difference names the order or withdrawal.
 */
@Component
class Check {

    /** The most orders one check reads (each is one read of the order). */
    static final int MAX_ORDERS = 5_000;

    private final JdbcClient jdbc;
    private final Orders orders;
    private final Desk desk;

    Check(JdbcClient jdbc, Orders orders, Desk desk) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.desk = desk;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DistributionDifference")
    record Difference(UUID id, String number, int tier, String what, long expected, long actual) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DistributionReconciliation")
    record Reconciliation(int orders, long earned, long reversed, long settled, long clawedBack, int withdrawals,
                          long paidOut, boolean complete, List<Difference> differences) {
    }

    Reconciliation check(UUID brand) {
        List<UUID> ids = jdbc.sql("select distinct order_id from distribution_commission where tenant_id = :brand"
                                  + " order by order_id limit :limit")
                .param("brand", brand).param("limit", MAX_ORDERS + 1).query(UUID.class).list();
        boolean complete = ids.size() <= MAX_ORDERS;
        List<Difference> out = new ArrayList<>();
        long earned = 0;
        long reversed = 0;
        long settled = 0;
        long clawed = 0;
        for (UUID id : complete ? ids : ids.subList(0, MAX_ORDERS)) {
            Optional<OrderView> order = orders.find(brand, id);
            for (Desk.Tier t : desk.tiers(brand, id)) {
                earned += t.earned().pending();
                reversed += t.reversed();
                clawed += t.clawedBack();
                settled += t.settled() == null ? 0 : t.settled().available();
                compare(t, order, out);
            }
        }
        List<Difference> payouts = payouts(brand);
        out.addAll(payouts);
        long paidOut = jdbc.sql("select coalesce(sum(amount), 0) from distribution_withdrawal where tenant_id = :brand"
                                + " and status = 'PAID'").param("brand", brand).query(Long.class).single();
        int withdrawals = jdbc.sql("select count(*) from distribution_withdrawal where tenant_id = :brand")
                .param("brand", brand).query(Integer.class).single();
        return new Reconciliation(Math.min(ids.size(), MAX_ORDERS), earned, reversed, settled, clawed, withdrawals,
                paidOut, complete, out);
    }

    private static void compare(Desk.Tier t, Optional<OrderView> found, List<Difference> out) {
        Entry e = t.earned();
        if (found.isEmpty()) {
            out.add(new Difference(e.orderId(), e.orderNumber(), e.tier(), "order", 1, 0));
            return;
        }
        OrderView o = found.get();
        differ(out, e, "base", CommissionPolicy.base(o), e.base());
        differ(out, e, "reversed", -CommissionPolicy.reversed(e.pending(), o), t.reversed() + t.clawedBack());
        if (t.settled() != null) {
            differ(out, e, "settled", e.pending() + t.reversed(), t.settled().available());
        }
    }

    private static void differ(List<Difference> out, Entry e, String what, long expected, long actual) {
        if (expected != actual) {
            out.add(new Difference(e.orderId(), e.orderNumber(), e.tier(), what, expected, actual));
        }
    }

    /** Withdrawals whose payout rows do not match their status. */
    private List<Difference> payouts(UUID brand) {
        return jdbc.sql("""
                        select w.id, w.status, w.amount,
                               coalesce(sum(p.amount) filter (where p.kind = 'HELD'), 0) as held,
                               coalesce(sum(p.amount) filter (where p.kind = 'RELEASED'), 0) as released,
                               count(*) filter (where p.kind = 'PAID') as paid
                        from distribution_withdrawal w
                        left join distribution_payout p on p.withdrawal_id = w.id
                        where w.tenant_id = :brand group by w.id, w.status, w.amount
                        having coalesce(sum(p.amount) filter (where p.kind = 'HELD'), 0) <> -w.amount
                            or coalesce(sum(p.amount) filter (where p.kind = 'RELEASED'), 0)
                               <> case when w.status in ('REJECTED', 'FAILED') then w.amount else 0 end
                            or count(*) filter (where p.kind = 'PAID') <> case when w.status = 'PAID' then 1 else 0 end
                        limit 1000""")
                .param("brand", brand)
                .query((rs, n) -> new Difference(rs.getObject("id", UUID.class), rs.getString("status"), 0,
                        "payout", rs.getLong("amount"), rs.getLong("held") + rs.getLong("released")))
                .list();
    }
}

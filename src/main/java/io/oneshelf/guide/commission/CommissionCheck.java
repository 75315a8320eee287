package io.oneshelf.guide.commission;

import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reconciles the guides' ledger with the orders and their refunds: each order's rows must add up to what the
 * {@link CommissionPolicy} says of the order as it stands now (base and commission earned at the row's rate, the
 * share its refunds stand for taken back), be credited to the order's guide, and never be reversed beyond what
 * was earned. A difference names the order and what differs.
 */
@Component
class CommissionCheck {

    /** The most orders one check reads (each is one read of the order). */
    static final int MAX_ORDERS = 5_000;

    private final JdbcClient jdbc;
    private final Orders orders;

    CommissionCheck(JdbcClient jdbc, Orders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "GuideCommissionDifference")
    record Difference(UUID orderId, String orderNumber, String what, long expected, long actual) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "GuideCommissionReconciliation")
    record Reconciliation(int orders, long earned, long reversed, long net, boolean complete,
                          List<Difference> differences) {
    }

    private record OrderRows(UUID orderId, String number, UUID guideId, long base, int rate, long amount,
                             long reversedBase, long reversedAmount) {
    }

    Reconciliation check(UUID brand, UUID guide) {
        List<OrderRows> rows = jdbc.sql("""
                        select order_id, max(order_number) as number, max(guide_id::text) as guide_id,
                               coalesce(sum(base) filter (where kind = 'EARNED'), 0) as base,
                               coalesce(max(rate_bp) filter (where kind = 'EARNED'), 0) as rate,
                               coalesce(sum(amount) filter (where kind = 'EARNED'), 0) as amount,
                               coalesce(sum(base) filter (where kind = 'REVERSED'), 0) as reversed_base,
                               coalesce(sum(amount) filter (where kind = 'REVERSED'), 0) as reversed_amount
                        from guide_commission
                        where tenant_id = :brand and (cast(:guide as uuid) is null or guide_id = :guide)
                        group by order_id order by order_id limit :limit""")
                .param("brand", brand).param("guide", guide).param("limit", MAX_ORDERS + 1)
                .query((rs, n) -> new OrderRows(rs.getObject("order_id", UUID.class), rs.getString("number"),
                        UUID.fromString(rs.getString("guide_id")), rs.getLong("base"), rs.getInt("rate"),
                        rs.getLong("amount"), rs.getLong("reversed_base"), rs.getLong("reversed_amount"))).list();
        boolean complete = rows.size() <= MAX_ORDERS;
        List<OrderRows> checked = complete ? rows : rows.subList(0, MAX_ORDERS);
        List<Difference> differences = new ArrayList<>();
        long earned = 0;
        long reversed = 0;
        for (OrderRows r : checked) {
            earned += r.amount();
            reversed += r.reversedAmount();
            compare(r, orders.find(brand, r.orderId()), differences);
        }
        return new Reconciliation(checked.size(), earned, reversed, earned + reversed, complete, differences);
    }

    private static void compare(OrderRows r, Optional<OrderView> found, List<Difference> out) {
        if (found.isEmpty()) {
            out.add(new Difference(r.orderId(), r.number(), "order", 1, 0));
            return;
        }
        OrderView o = found.get();
        long base = CommissionPolicy.base(o);
        long amount = CommissionPolicy.commission(r.base(), r.rate());
        differ(out, r, "guide", 1, r.guideId().equals(o.guideId()) ? 1 : 0);
        differ(out, r, "base", base, r.base());
        differ(out, r, "commission", amount, r.amount());
        differ(out, r, "reversedBase", -CommissionPolicy.reversed(r.base(), o), r.reversedBase());
        differ(out, r, "reversedCommission", -CommissionPolicy.reversed(r.amount(), o), r.reversedAmount());
    }

    private static void differ(List<Difference> out, OrderRows r, String what, long expected, long actual) {
        if (expected != actual) {
            out.add(new Difference(r.orderId(), r.number(), what, expected, actual));
        }
    }
}

package io.oneshelf.guide.community;

import io.oneshelf.order.OrderPaid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Attributes a paid order to the latest broadcast that reached its customer within that broadcast's window: one
 * broadcast per order (the order's key makes a repeated event count once).
 */
@Component
class CommunitySales {

    private final JdbcClient jdbc;

    CommunitySales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderPaid e) {
        if (e.customerId() == null) {
            return;
        }
        jdbc.sql("""
                        insert into community_sale(tenant_id, order_id, broadcast_id, customer_id, amount, paid_at)
                        select :brand, :order, b.id, :customer, :paid, now()
                        from community_reached r join community_broadcast b on b.id = r.broadcast_id
                        where r.customer_id = :customer and b.tenant_id = :brand
                          and b.sent_at >= now() - make_interval(days => b.attribution_days)
                        order by b.sent_at desc limit 1
                        on conflict do nothing""")
                .param("brand", e.brandId()).param("order", e.orderId()).param("customer", e.customerId())
                .param("paid", e.paid()).update();
    }
}

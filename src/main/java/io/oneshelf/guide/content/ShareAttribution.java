package io.oneshelf.guide.content;

import io.oneshelf.guide.GuideContentOrderAttributed;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attributes paid orders to shares, last touch within {@value #WINDOW_DAYS} days (decision 0054): the share the
 * customer last opened signed in or added to the cart from before placing the order. One share per order (its key),
 * so an event heard twice counts once. Both steps lock the order's key first and then read what was refunded from the
 * payment ledger as it stands (the order itself catches up with a refund in a listener of its own, maybe later), so
 * a refund heard before or while the payment is attributed is never lost.
 */
@Service
class ShareAttribution {

    static final int WINDOW_DAYS = 7;

    private final JdbcClient jdbc;
    private final Orders orders;
    private final ShareStore shares;
    private final ApplicationEventPublisher events;

    ShareAttribution(JdbcClient jdbc, Orders orders, ShareStore shares, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.shares = shares;
        this.events = events;
    }

    @Transactional
    void attribute(UUID brand, UUID orderId) {
        lock(orderId);
        orders.find(brand, orderId).filter(o -> o.customerId() != null).ifPresent(order -> {
            Optional<UUID> share = jdbc.sql("""
                            insert into guide_share_order(tenant_id, order_id, share_id, customer_id, paid, refunded,
                                                          paid_at)
                            select :brand, :order, t.share_id, :customer, :paid, :refunded, now()
                            from guide_share_touch t
                            where t.tenant_id = :brand and t.customer_id = :customer and t.touched_at <= :placed
                              and t.touched_at > :placed - make_interval(days => :days)
                            order by t.touched_at desc limit 1
                            on conflict do nothing
                            returning share_id""")
                    .param("brand", brand).param("order", orderId).param("customer", order.customerId())
                    .param("paid", paid(order)).param("refunded", refunds(order))
                    .param("placed", order.createdAt()).param("days", WINDOW_DAYS).query(UUID.class).optional();
            share.flatMap(id -> shares.find(brand, id)).ifPresent(s -> events.publishEvent(
                    new GuideContentOrderAttributed(brand, s.id(), orderId, s.guideId(), s.storeId(),
                            order.customerId(), paid(order))));
        });
    }

    @Transactional
    void refunded(UUID brand, UUID orderId) {
        lock(orderId);
        orders.find(brand, orderId).ifPresent(order -> jdbc.sql("""
                        update guide_share_order set refunded = :refunded
                        where tenant_id = :brand and order_id = :order""")
                .param("brand", brand).param("order", orderId).param("refunded", refunds(order)).update());
    }

    /** What paid the order's total (a surplus paid and given back is no sale). */
    private static long paid(OrderView order) {
        return Math.min(order.paid(), order.total());
    }

    /**
     * What was refunded of what paid the total (a surplus given back is not), as the order records it: every refund
     * reaches the order before the event this is called on (its return, cancel, or {@code OrderRefunded}).
     */
    private static long refunds(OrderView order) {
        return Math.max(0, order.refunded() - Math.max(0, order.paid() - order.total()));
    }

    private void lock(UUID orderId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "guide-share:" + orderId)
                .query(Object.class).single();
    }
}

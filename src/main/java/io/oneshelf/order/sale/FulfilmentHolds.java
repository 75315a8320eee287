package io.oneshelf.order.sale;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders held from fulfilment until their campaign releases them (a group buy's orders until the group succeeds;
 * decision 0055). Written in the transaction that records the order, so a paid order is never seen without its hold.
 */
@Component
class FulfilmentHolds {

    private final JdbcClient jdbc;

    FulfilmentHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hold(Order order, String reason) {
        jdbc.sql("""
                        insert into order_fulfilment_hold(order_id, tenant_id, reason, held_at)
                        values (:order, :tenant, :reason, :at)""")
                .param("order", order.id()).param("tenant", order.brandId()).param("reason", reason)
                .param("at", order.createdAt()).update();
    }

    /** Whether the order waits for its release (held and not released yet). */
    boolean held(UUID brandId, UUID orderId) {
        return jdbc.sql("""
                        select exists(select 1 from order_fulfilment_hold
                                      where tenant_id = :tenant and order_id = :order and released_at is null)""")
                .param("tenant", brandId).param("order", orderId).query(Boolean.class).single();
    }

    /**
     * Releases the order's hold: what held it, or empty when it had none or was released already (a repeat changes
     * nothing).
     */
    Optional<String> release(UUID brandId, UUID orderId) {
        return jdbc.sql("""
                        update order_fulfilment_hold set released_at = :at
                        where tenant_id = :tenant and order_id = :order and released_at is null
                        returning reason""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("tenant", brandId).param("order", orderId)
                .query(String.class).optional();
    }
}

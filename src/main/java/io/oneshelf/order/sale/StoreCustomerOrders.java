package io.oneshelf.order.sale;

import io.oneshelf.order.StoreCustomers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link StoreCustomers} from the store's orders, newest first along sales_order_store. */
@Component
class StoreCustomerOrders implements StoreCustomers {

    /** How far back into a store's orders to look: a busy store's recent customers are enough for a till. */
    private static final int ORDERS_READ = 50_000;

    private final JdbcClient jdbc;

    StoreCustomerOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> orderedAt(UUID brandId, UUID storeId, Instant since, int limit) {
        return jdbc.sql("""
                        select customer_id from (
                            select customer_id, created_at from sales_order
                            where tenant_id = :brand and store_id = :store and customer_id is not null
                            and (cast(:since as timestamptz) is null or created_at >= :since)
                            order by id desc limit :orders) recent
                        group by customer_id order by max(created_at) desc limit :limit""")
                .param("brand", brandId).param("store", storeId)
                .param("since", since == null ? null : since.atOffset(ZoneOffset.UTC))
                .param("orders", ORDERS_READ).param("limit", limit).query(UUID.class).list();
    }
}

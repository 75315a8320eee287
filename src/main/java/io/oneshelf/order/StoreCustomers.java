package io.oneshelf.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The customers who ordered at a store: whom a till there will most likely meet (its member snapshot). */
public interface StoreCustomers {

    /**
     * Customers of the brand with an order at the store (placed at or after {@code since}; null: any time), the
     * latest customer first, at most {@code limit}.
     */
    List<UUID> orderedAt(UUID brandId, UUID storeId, Instant since, int limit);
}

package io.oneshelf.order;

import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.UUID;

/**
 * Return lines of a paid order. By {@code staff} at a store (any store of the brand: bought online, returned at
 * the counter), the goods come back at {@code placeId} — restocked there, or written off when {@code restock} is
 * false — and the lines' paid amounts are refunded to the order's tenders at once. By the customer
 * ({@code customerId}, no staff) it is a request the store decides on later. {@code key} makes it idempotent.
 */
public record ReturnLines(UUID brandId, UUID orderId, Actor staff, UUID customerId, List<Line> lines, UUID placeId,
                          boolean restock, String reason, String key) {

    public ReturnLines {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** {@code quantity} units of the order's line {@code lineIndex}. */
    public record Line(int lineIndex, long quantity) {
    }
}

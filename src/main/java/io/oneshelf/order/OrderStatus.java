package io.oneshelf.order;

import static java.util.EnumSet.of;

import io.oneshelf.platform.Transitions;
import java.util.Map;

/**
 * Where an order is in its life. {@link #TRANSITIONS} is the one list of allowed changes: created → paid →
 * fulfilling → ready for pickup / shipped → completed; an unpaid or not yet fulfilled order may be cancelled;
 * a paid order refunded in full ends refunded (a partial refund keeps its status; the order says how much).
 */
public enum OrderStatus {
    CREATED, PAID, FULFILLING, READY_FOR_PICKUP, SHIPPED, COMPLETED, CANCELLED, REFUNDED;

    public static final Transitions<OrderStatus> TRANSITIONS = Transitions.of(Map.of(
            CREATED, of(PAID, CANCELLED),
            PAID, of(FULFILLING, COMPLETED, CANCELLED, REFUNDED),
            FULFILLING, of(READY_FOR_PICKUP, SHIPPED, REFUNDED),
            READY_FOR_PICKUP, of(COMPLETED, REFUNDED),
            SHIPPED, of(COMPLETED, REFUNDED),
            COMPLETED, of(REFUNDED)));

    /** Whether the order still waits for its money. */
    public boolean unpaid() {
        return this == CREATED;
    }
}

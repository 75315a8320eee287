package io.oneshelf.order;

import static java.util.EnumSet.of;

import io.oneshelf.platform.Transitions;
import java.util.Map;

/**
 * Where an order is in its life. {@link #TRANSITIONS} is the one list of allowed changes: created → paid →
 * fulfilling → ready for pickup / shipped → completed; an order may be cancelled until it has left (shipped) or
 * been handed over;
 * a paid order refunded in full ends refunded (a partial refund keeps its status; the order says how much).
 */
public enum OrderStatus {
    CREATED, PAID, FULFILLING, READY_FOR_PICKUP, SHIPPED, COMPLETED, CANCELLED, REFUNDED;

    public static final Transitions<OrderStatus> TRANSITIONS = Transitions.of(Map.of(
            CREATED, of(PAID, CANCELLED),
            PAID, of(FULFILLING, COMPLETED, CANCELLED, REFUNDED),
            FULFILLING, of(READY_FOR_PICKUP, SHIPPED, CANCELLED, REFUNDED),
            READY_FOR_PICKUP, of(COMPLETED, CANCELLED, REFUNDED),
            SHIPPED, of(COMPLETED, REFUNDED),
            COMPLETED, of(REFUNDED)));

    /** Whether the order still waits for its money. */
    public boolean unpaid() {
        return this == CREATED;
    }
}

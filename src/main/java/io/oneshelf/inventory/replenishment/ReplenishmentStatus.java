package io.oneshelf.inventory.replenishment;

import io.oneshelf.platform.Transitions;
import java.util.EnumSet;
import java.util.Map;

/**
 * The life of a replenishment order. {@link #TRANSITIONS} is the one place that lists the allowed transitions.
 * After approval the order's stock moves through its transfer, whose status the order shows.
 */
enum ReplenishmentStatus {
    SUBMITTED, APPROVED, REJECTED, CANCELLED;

    static final Transitions<ReplenishmentStatus> TRANSITIONS = Transitions.of(Map.of(
            SUBMITTED, EnumSet.of(APPROVED, REJECTED, CANCELLED)));
}

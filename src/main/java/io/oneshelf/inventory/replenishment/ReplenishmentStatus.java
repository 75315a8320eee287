package io.oneshelf.inventory.replenishment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a replenishment order. This map is the one place that lists the allowed transitions. After
 * approval the order's stock moves through its transfer, whose status the order shows.
 */
enum ReplenishmentStatus {
    SUBMITTED, APPROVED, REJECTED, CANCELLED;

    private static final Map<ReplenishmentStatus, Set<ReplenishmentStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.noneOf(ReplenishmentStatus.class),
            REJECTED, EnumSet.noneOf(ReplenishmentStatus.class),
            CANCELLED, EnumSet.noneOf(ReplenishmentStatus.class));

    boolean mayBecome(ReplenishmentStatus next) {
        return NEXT.get(this).contains(next);
    }
}

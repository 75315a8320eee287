package io.oneshelf.inventory.stocktake;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The life of a stocktake. This map is the one place that lists the allowed transitions. */
enum StocktakeStatus {
    OPEN, POSTED, CANCELLED;

    private static final Map<StocktakeStatus, Set<StocktakeStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(POSTED, CANCELLED),
            POSTED, EnumSet.noneOf(StocktakeStatus.class),
            CANCELLED, EnumSet.noneOf(StocktakeStatus.class));

    boolean mayBecome(StocktakeStatus next) {
        return NEXT.get(this).contains(next);
    }
}

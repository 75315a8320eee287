package io.oneshelf.inventory.stocktake;

import io.oneshelf.platform.Transitions;
import java.util.EnumSet;
import java.util.Map;

/** The life of a stocktake. {@link #TRANSITIONS} is the one place that lists the allowed transitions. */
enum StocktakeStatus {
    OPEN, POSTED, CANCELLED;

    static final Transitions<StocktakeStatus> TRANSITIONS = Transitions.of(Map.of(
            OPEN, EnumSet.of(POSTED, CANCELLED)));
}

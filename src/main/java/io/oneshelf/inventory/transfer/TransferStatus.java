package io.oneshelf.inventory.transfer;

import io.oneshelf.platform.Transitions;
import java.util.EnumSet;
import java.util.Map;

/** The life of a transfer. {@link #TRANSITIONS} is the one place that lists the allowed transitions. */
enum TransferStatus {
    REQUESTED, SHIPPED, RECEIVED, CANCELLED;

    static final Transitions<TransferStatus> TRANSITIONS = Transitions.of(Map.of(
            REQUESTED, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(RECEIVED)));
}

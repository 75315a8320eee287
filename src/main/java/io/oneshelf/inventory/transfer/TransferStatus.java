package io.oneshelf.inventory.transfer;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The life of a transfer. This map is the one place that lists the allowed transitions. */
enum TransferStatus {
    REQUESTED, SHIPPED, RECEIVED, CANCELLED;

    private static final Map<TransferStatus, Set<TransferStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(RECEIVED),
            RECEIVED, EnumSet.noneOf(TransferStatus.class),
            CANCELLED, EnumSet.noneOf(TransferStatus.class));

    boolean mayBecome(TransferStatus next) {
        return NEXT.get(this).contains(next);
    }
}

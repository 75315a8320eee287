package io.oneshelf.fulfillment.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a fulfilment task is. Which changes a task may make depends on its kind: {@link TaskKind} holds the one
 * table of each.
 */
public enum TaskStatus {
    /** Waiting for someone to start. */
    PENDING,
    /** The goods are taken from the shelves. */
    PICKED,
    /** The goods are packed. */
    PACKED,
    /** A pickup order waits at the counter for its customer. */
    READY,
    /** A parcel was handed to a carrier, with its tracking number. */
    HANDED_OVER,
    /** A same-city courier took the goods. */
    DISPATCHED,
    /** The goods reached the customer. */
    DELIVERED,
    /** The customer collected a pickup order at the store. */
    COLLECTED,
    /** The order was cancelled before the goods left. */
    VOIDED;

    private static final Set<TaskStatus> ON_THE_WAY = EnumSet.of(HANDED_OVER, DISPATCHED, DELIVERED);

    /** Whether the goods have left their place (or arrived). */
    boolean left() {
        return ON_THE_WAY.contains(this);
    }
}

package io.oneshelf.fulfillment.task;

import static io.oneshelf.fulfillment.task.TaskStatus.COLLECTED;
import static io.oneshelf.fulfillment.task.TaskStatus.DELIVERED;
import static io.oneshelf.fulfillment.task.TaskStatus.DISPATCHED;
import static io.oneshelf.fulfillment.task.TaskStatus.HANDED_OVER;
import static io.oneshelf.fulfillment.task.TaskStatus.PACKED;
import static io.oneshelf.fulfillment.task.TaskStatus.PENDING;
import static io.oneshelf.fulfillment.task.TaskStatus.PICKED;
import static io.oneshelf.fulfillment.task.TaskStatus.READY;
import static io.oneshelf.fulfillment.task.TaskStatus.VOIDED;
import static java.util.EnumSet.of;

import io.oneshelf.platform.Transitions;
import java.util.Map;

/**
 * What a task does with its goods, after the order's fulfilment, and the one table of the steps each allows.
 * Every kind picks, then packs; a parcel is then handed to a carrier and delivered, a same-city order dispatched
 * with a courier and delivered, a pickup order made ready (picking and packing may be skipped for it) and
 * collected. Until the goods leave, a cancelled order voids the task.
 */
public enum TaskKind {
    /** A parcel sent by a carrier. */
    EXPRESS(Transitions.of(Map.of(
            PENDING, of(PICKED, VOIDED),
            PICKED, of(PACKED, VOIDED),
            PACKED, of(HANDED_OVER, VOIDED),
            HANDED_OVER, of(DELIVERED)))),
    /** Delivered in the same city by a courier (O2O). */
    SAME_CITY(Transitions.of(Map.of(
            PENDING, of(PICKED, VOIDED),
            PICKED, of(PACKED, VOIDED),
            PACKED, of(DISPATCHED, VOIDED),
            DISPATCHED, of(DELIVERED)))),
    /** Prepared at the store for the customer to collect (BOPIS). */
    PICKUP(Transitions.of(Map.of(
            PENDING, of(PICKED, READY, VOIDED),
            PICKED, of(PACKED, READY, VOIDED),
            PACKED, of(READY, VOIDED),
            READY, of(COLLECTED, VOIDED))));

    private final Transitions<TaskStatus> steps;

    TaskKind(Transitions<TaskStatus> steps) {
        this.steps = steps;
    }

    /** The steps a task of this kind may take. */
    public Transitions<TaskStatus> steps() {
        return steps;
    }

    /** The kind of task for an order's fulfilment ({@code EXPRESS}, {@code SAME_CITY}, {@code PICKUP}); none else. */
    public static java.util.Optional<TaskKind> forFulfilment(String fulfilment) {
        for (TaskKind kind : values()) {
            if (kind.name().equals(fulfilment)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}

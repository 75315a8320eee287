package io.oneshelf.fulfillment.pickup;

import io.oneshelf.platform.Transitions;
import java.util.EnumSet;
import java.util.Map;

/** Where a pickup code is: open until the customer collects the order, or until the order is cancelled. */
enum PickupStatus {
    OPEN, COLLECTED, VOIDED;

    static final Transitions<PickupStatus> TRANSITIONS = Transitions.of(Map.of(
            OPEN, EnumSet.of(COLLECTED, VOIDED)));
}

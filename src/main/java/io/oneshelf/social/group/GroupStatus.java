package io.oneshelf.social.group;

import static java.util.EnumSet.of;

import io.oneshelf.platform.Transitions;
import java.util.Map;

/**
 * Where a group is: OPENING until its leader pays (nobody may join yet), OPEN until it fills (SUCCEEDED) or its time
 * runs out (FAILED, or SUCCEEDED with virtual members when the brand says so). An OPENING group whose leader's order
 * is cancelled unpaid FAILS with nobody to refund.
 */
enum GroupStatus {
    OPENING, OPEN, SUCCEEDED, FAILED;

    static final Transitions<GroupStatus> TRANSITIONS = Transitions.of(Map.of(
            OPENING, of(OPEN, FAILED),
            OPEN, of(SUCCEEDED, FAILED)));
}

package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.Hold;
import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.platform.Rejection;

/** How a round answered one hold command: a result, or a refusal (nothing of the command was kept). */
record HoldAnswer(HoldResult result, Rejection refusal) {

    static HoldAnswer of(Outcome outcome, Hold hold) {
        return new HoldAnswer(new HoldResult(outcome, hold), null);
    }

    static HoldAnswer refused(Rejection refusal) {
        return new HoldAnswer(null, refusal);
    }

    boolean refused() {
        return refusal != null;
    }
}

package io.oneshelf.inventory.reservation;

import io.oneshelf.platform.idempotency.IdempotentResponse;
import io.oneshelf.platform.web.ApiProblem;

/**
 * How a hold request is answered: a response to send (kept for its Idempotency-Key unless {@code replayed}), or
 * a problem (nothing of the request was kept).
 */
record HoldAnswer(IdempotentResponse response, boolean replayed, ApiProblem problem) {

    static HoldAnswer of(IdempotentResponse response) {
        return new HoldAnswer(response, false, null);
    }

    static HoldAnswer replay(IdempotentResponse response) {
        return new HoldAnswer(response, true, null);
    }

    static HoldAnswer refused(ApiProblem problem) {
        return new HoldAnswer(null, false, problem);
    }
}

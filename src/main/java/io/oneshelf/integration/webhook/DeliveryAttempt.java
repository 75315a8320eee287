package io.oneshelf.integration.webhook;

import java.time.OffsetDateTime;

/** One try of a delivery: the receiver's status code, how long it took, the start of its answer, or the error. */
record DeliveryAttempt(int number, OffsetDateTime startedAt, Integer statusCode, Integer latencyMs,
                       String responseExcerpt, String error) {

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}

package io.oneshelf.integration.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event (or test message) on its way to one endpoint, and how its attempts went: the row of the delivery log.
 * {@code eventId} is the {@code webhook-id} of every attempt, so a receiver can drop what it already has.
 */
record WebhookDelivery(UUID id, UUID endpointId, UUID eventId, String eventType, boolean test, UUID redeliveryOf,
                       Status status, int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt,
                       Integer lastStatusCode, Integer lastLatencyMs, String lastResponse, String lastError,
                       OffsetDateTime deliveredAt, OffsetDateTime createdAt) {

    /** Where a delivery stands. */
    enum Status {
        /** Waiting for its next attempt, or being attempted. */
        PENDING,
        /** A receiver answered 2xx. */
        DELIVERED,
        /** Every retry failed; redeliver it by hand. */
        FAILED
    }
}

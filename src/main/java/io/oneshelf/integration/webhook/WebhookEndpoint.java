package io.oneshelf.integration.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A receiver a brand registered: where events go, which types (none listed: every type), whether it is on, and
 * whether it is failing (a delivery gave up after its retries; the next delivered one clears it). Its secret is
 * never part of it: it is shown once, when made or rotated.
 */
record WebhookEndpoint(UUID id, String url, List<String> eventTypes, String description, boolean enabled,
                       boolean failing, OffsetDateTime failingSince, OffsetDateTime previousSecretUntil,
                       int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Whether events of this type go to this endpoint. */
    boolean wants(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }
}

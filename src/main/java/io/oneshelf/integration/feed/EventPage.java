package io.oneshelf.integration.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One answer of the event feed.
 *
 * @param nextCursor where the next call goes on from; never null
 */
record EventPage(List<Item> items, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String nextCursor) {

    /**
     * One event: its envelope and, in {@code data}, the event record itself.
     *
     * @param id the same on every delivery of this event (webhooks, Kafka): receivers deduplicate by it
     */
    record Item(UUID id, String type, int version, UUID aggregateId, Instant occurredAt, JsonNode data) {
    }
}

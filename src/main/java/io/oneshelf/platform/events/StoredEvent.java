package io.oneshelf.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event as the event log keeps it: the envelope (id, type, version, brand, aggregate, places, time, position)
 * and the event record itself as JSON ({@code payload}).
 */
public record StoredEvent(UUID id, EventPosition position, UUID brandId, String type, int version, UUID aggregateId,
        List<UUID> placeIds, Instant occurredAt, String payload) {
}

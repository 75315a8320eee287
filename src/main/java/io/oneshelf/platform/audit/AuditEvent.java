package io.oneshelf.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One entry of the audit trail: who did what to which record, with the state before and after. */
record AuditEvent(UUID id, OffsetDateTime occurredAt, UUID actorId, String actorName, String action,
                  String entityType, UUID entityId, JsonNode before, JsonNode after, String requestId) {
}

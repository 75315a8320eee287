package io.oneshelf.platform.audit;

import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The brand's audit trail, newest first, for HQ admins. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log")
class AuditController {

    /** Sorts after every real id: the first page of a newest-first list starts here. */
    private static final UUID NEWEST = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first")
    Page<AuditEvent> list(@RequestParam(required = false) String cursor,
                          @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String entityType,
                          @RequestParam(required = false) String action) {
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? NEWEST : Page.after(cursor);
        var rows = jdbc.sql("""
                select * from audit_event
                where tenant_id = :tenant and id < :before
                  and (cast(:entityType as text) is null or entity_type = :entityType)
                  and (cast(:action as text) is null or action = :action)
                order by id desc limit :limit""")
                .param("tenant", Actor.current().tenantId())
                .param("before", before)
                .param("entityType", entityType)
                .param("action", action)
                .param("limit", size + 1)
                .query(this::map).list();
        return Page.of(rows, size, AuditEvent::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(operationId = "getAuditEvent", summary = "One audit event")
    AuditEvent get(@PathVariable UUID id) {
        return jdbc.sql("select * from audit_event where tenant_id = :tenant and id = :id")
                .param("tenant", Actor.current().tenantId()).param("id", id)
                .query(this::map).optional().orElseThrow(() -> ApiProblem.notFound("audit-event"));
    }

    private AuditEvent map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEvent(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), tree(rs.getString("before")),
                tree(rs.getString("after")), rs.getString("request_id"));
    }

    private JsonNode tree(String value) {
        return value == null ? null : json.readTree(value);
    }

    record AuditEvent(UUID id, OffsetDateTime occurredAt, UUID actorId, String actorName, String action,
                      String entityType, UUID entityId, JsonNode before, JsonNode after, String requestId) {
    }
}

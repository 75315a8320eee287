package io.oneshelf.platform.audit;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.oneshelf.platform.web.TimePage;
import io.oneshelf.platform.web.TimeWindow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The brand's audit trail, newest first, for HQ admins. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log")
class AuditController {

    private final AuditEvents events;

    AuditController(AuditEvents events) {
        this.events = events;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first",
            description = "A time-ordered list: `from` and `to` cut it to a period (to jump to a day, send `to` = the "
                    + "start of the next day: the page shows what was recorded up to the end of that day, newest "
                    + "first); `nextCursor` leads on in the list's order, `previousCursor` back towards its start. "
                    + "Cursors stay valid while events are added.")
    TimePage<AuditEvent> list(
            @Parameter(description = "Only events on records of this type, e.g. `store`, `product`")
            @RequestParam(required = false) String entityType,
            @Parameter(description = "Only events of this action, e.g. `store.created`")
            @RequestParam(required = false) String action,
            @Parameter(description = "Only events on this record: its history")
            @RequestParam(required = false) UUID entityId,
            @Parameter(description = "Events recorded at or after this time (ISO-8601 with offset)")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(description = "Events recorded before this time (ISO-8601 with offset); later than `from`")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to,
            @Parameter(description = "`newest` first (the default) or `oldest` first",
                    schema = @Schema(type = "string", allowableValues = {"newest", "oldest"}, defaultValue = "newest"))
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        TimeWindow window = TimeWindow.of(from, to, order, cursor);
        return events.page(Actor.current().tenantId(), new AuditEvents.Filter(blankToNull(entityType),
                blankToNull(action), entityId), window, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(operationId = "getAuditEvent", summary = "One audit event")
    AuditEvent get(@PathVariable UUID id) {
        return events.find(Actor.current().tenantId(), id).orElseThrow(() -> Rejection.notFound("audit-event"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

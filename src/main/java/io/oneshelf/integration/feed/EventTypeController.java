package io.oneshelf.integration.feed;

import io.oneshelf.integration.EventTypes;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The catalogue of event types, for integrators who subscribe (feed, webhooks) and for the console. */
@RestController
@Tag(name = "Events")
class EventTypeController {

    /**
     * One event type as integrators see it.
     *
     * @param schema the JSON Schema of {@code data} in the feed (the event record's fields)
     */
    record EventTypeInfo(String type, int version, String module,
                         @Schema(type = "string", description = "What happened, in the reader's language")
                         Message description, JsonNode schema) {
    }

    private final EventTypes types;

    EventTypeController(EventTypes types) {
        this.types = types;
    }

    @GetMapping("/api/v1/event-types")
    @Operation(operationId = "listEventTypes", summary = "Every event type the server publishes",
            description = "The whole catalogue in one page (nextCursor is always null), by type name. Any "
                    + "signed-in caller may read it; the events themselves need integration:events.")
    Page<EventTypeInfo> list() {
        return new Page<>(types.all().stream().map(e -> new EventTypeInfo(e.type(), e.version(), e.module(),
                Message.of(e.type()), RecordSchema.of(e.recordClass()))).toList(), null);
    }
}

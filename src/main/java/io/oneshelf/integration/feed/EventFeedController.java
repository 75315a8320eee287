package io.oneshelf.integration.feed;

import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The event feed integrators pull: the brand's events in commit order, as far as the caller's scope reaches. */
@RestController
@Tag(name = "Events")
class EventFeedController {

    private final EventFeed feed;

    EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/events")
    @PreAuthorize("hasAuthority('integration:events')")
    @Operation(operationId = "listEvents", summary = "The brand's events after a cursor, oldest first",
            description = "Every business fact of the brand as an event (GET /api/v1/event-types lists the types "
                    + "and their data), in the order their transactions committed. Poll in a loop: send the "
                    + "`nextCursor` of one answer as `after` of the next; it is always present (the given cursor "
                    + "when nothing new has happened), and an event that commits later is never skipped. A caller "
                    + "scoped to a region, franchisee or store sees only the events about its places; events "
                    + "about the whole brand (catalog, prices) need a brand-wide scope.")
    EventPage list(
            @Parameter(description = "Where to go on from: the `nextCursor` of the previous answer; omit it to "
                    + "start at the first event", schema = @Schema(type = "string", pattern = "^\\d{1,19}-\\d{1,19}$"))
            @RequestParam(required = false) String after,
            @Parameter(description = "Only these types, comma-separated, e.g. `inventory.stock.received,"
                    + "inventory.stock.adjusted`")
            @RequestParam(required = false) String types,
            @RequestParam(required = false) Integer limit) {
        return feed.page(Actor.current(), after, types, limit);
    }
}

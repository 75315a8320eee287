package io.oneshelf.integration.feed;

import io.oneshelf.integration.EventTypes;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.events.EventLog;
import io.oneshelf.platform.events.EventPosition;
import io.oneshelf.platform.events.StoredEvent;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads a page of the event log for a caller: its brand, its scope's places, the types it asked for. */
@Component
class EventFeed {

    private final EventLog log;
    private final EventTypes types;
    private final Places places;
    private final JsonMapper json;

    EventFeed(EventLog log, EventTypes types, Places places, JsonMapper json) {
        this.log = log;
        this.types = types;
        this.places = places;
        this.json = json;
    }

    EventPage page(Actor actor, String after, String typeList, Integer limit) {
        int size = Page.limit(limit);
        EventPosition from = position(after);
        Set<String> wanted = types(typeList);
        List<java.util.UUID> reach = actor.brandWide() ? null
                : places.visibleTo(actor).stream().map(PlaceRef::id).toList();
        List<StoredEvent> events = log.read(actor.tenantId(), from, wanted, reach, size);
        List<EventPage.Item> items = events.stream().map(e -> new EventPage.Item(e.id(), e.type(), e.version(),
                e.aggregateId(), e.occurredAt(), json.readTree(e.payload()))).toList();
        EventPosition next = events.isEmpty() ? from : events.get(events.size() - 1).position();
        return new EventPage(items, next.token());
    }

    private static EventPosition position(String after) {
        if (after == null || after.isBlank()) {
            return EventPosition.START;
        }
        EventPosition position = EventPosition.parse(after.trim());
        if (position == null) {
            throw Rejection.invalid("after", "integration.events.bad-cursor");
        }
        return position;
    }

    private Set<String> types(String typeList) {
        Set<String> wanted = new LinkedHashSet<>();
        if (typeList == null || typeList.isBlank()) {
            return wanted;
        }
        for (String type : Arrays.stream(typeList.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()) {
            if (types.find(type).isEmpty()) {
                throw Rejection.invalid("types", "integration.events.unknown-type",
                        type.length() > 60 ? type.substring(0, 60) + "…" : type);
            }
            wanted.add(type);
        }
        return wanted;
    }
}

package io.oneshelf.platform.events;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stable name and version of each event class, read once from its {@link EventType}. */
final class EventNames {

    private static final Map<Class<?>, EventType> types = new ConcurrentHashMap<>();

    private EventNames() {
    }

    static EventType of(BusinessEvent event) {
        return types.computeIfAbsent(event.getClass(), type -> {
            EventType annotation = type.getAnnotation(EventType.class);
            if (annotation == null) {
                throw new IllegalStateException(type.getName() + " is a BusinessEvent without @EventType");
            }
            return annotation;
        });
    }
}

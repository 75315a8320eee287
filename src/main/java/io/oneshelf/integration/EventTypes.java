package io.oneshelf.integration;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The one catalogue of event types: every {@link BusinessEvent} record annotated with {@link EventType} in the top
 * package of a business module ({@code io.oneshelf.catalog.ProductCreated}), where a module publishes its API.
 * Found on the class path once at start-up; the README's table of events lists the same (checked by a test).
 */
@Component
public class EventTypes {

    private static final String BASE = "io.oneshelf";

    /** One event type: its stable name, schema version, the module that publishes it and its record class. */
    public record Entry(String type, int version, String module, Class<? extends BusinessEvent> recordClass) {
    }

    private final Map<String, Entry> byType;

    EventTypes() {
        this.byType = scan();
    }

    /** Every event type, by name. */
    public List<Entry> all() {
        return List.copyOf(byType.values());
    }

    public Optional<Entry> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    private static Map<String, Entry> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        Map<String, Entry> found = new LinkedHashMap<>();
        scanner.findCandidateComponents(BASE).stream().map(EventTypes::load)
                .filter(EventTypes::inModuleApi)
                .map(EventTypes::entry)
                .sorted(Comparator.comparing(Entry::type))
                .forEach(e -> {
                    if (found.putIfAbsent(e.type(), e) != null) {
                        throw new IllegalStateException("Two event classes are named " + e.type() + ": "
                                + found.get(e.type()).recordClass().getName() + ", " + e.recordClass().getName());
                    }
                });
        return found;
    }

    private static Class<?> load(BeanDefinition definition) {
        return ClassUtils.resolveClassName(definition.getBeanClassName(), EventTypes.class.getClassLoader());
    }

    /** io.oneshelf.&lt;module&gt;.SomethingHappened; events declared elsewhere (tests) are not published API. */
    private static boolean inModuleApi(Class<?> type) {
        String pkg = type.getPackageName();
        return BusinessEvent.class.isAssignableFrom(type) && pkg.startsWith(BASE + ".")
               && pkg.indexOf('.', BASE.length() + 1) < 0;
    }

    @SuppressWarnings("unchecked")
    private static Entry entry(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        String module = type.getPackageName().substring(BASE.length() + 1);
        return new Entry(annotation.value(), annotation.version(), module, (Class<? extends BusinessEvent>) type);
    }
}

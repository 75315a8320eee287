package io.oneshelf.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One catalogue of event types: the classes, the registry the API serves and the README's table agree. */
class EventCatalogueTest {

    /** A row of the README's table: | `type` | version | when | key fields |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (\\d+) \\|.*");

    private final List<Class<?>> events = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.oneshelf").stream()
            .filter(c -> c.isAssignableTo(BusinessEvent.class) && !c.isInterface())
            .map(JavaClass::reflect).collect(Collectors.toList());

    @Test
    void every_business_event_has_a_unique_type_name_and_lives_in_its_modules_api() {
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(events).allSatisfy(c -> {
            assertThat(c.getAnnotation(EventType.class)).as(c.getName() + " has @EventType").isNotNull();
            assertThat(c.isRecord()).as(c.getName() + " is a record").isTrue();
            assertThat(c.getPackageName()).as(c.getName() + " is in a module's top package")
                    .matches("io\\.oneshelf\\.[a-z]+");
            String module = c.getPackageName().substring("io.oneshelf.".length());
            assertThat(c.getAnnotation(EventType.class).value()).as(c.getName())
                    .matches("[a-z]+(\\.[a-z0-9-]+){2}").startsWith(module + ".");
        });
        assertThat(events.stream().map(c -> c.getAnnotation(EventType.class).value()).distinct().count())
                .as("distinct type names").isEqualTo(events.size());
    }

    @Test
    void the_registry_holds_every_event_class() {
        assertThat(new EventTypes().all().stream().<Class<?>>map(EventTypes.Entry::recordClass).toList())
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void the_readme_lists_every_event_type_with_its_version_and_nothing_else() throws IOException {
        Map<String, Integer> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                assertThat(documented.put(m.group(1), Integer.parseInt(m.group(2)))).as(m.group(1) + " twice")
                        .isNull();
            }
        }
        Map<String, Integer> registered = new TreeMap<>();
        new EventTypes().all().forEach(e -> registered.put(e.type(), e.version()));
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void every_event_type_is_described_in_both_languages() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> chinese = keys("messages_zh_CN.properties");
        assertThat(new EventTypes().all()).allSatisfy(e -> {
            assertThat(english).as(e.type()).contains(e.type());
            assertThat(chinese).as(e.type()).contains(e.type());
        });
    }

    private static Set<String> keys(String bundle) throws IOException {
        return Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
                .filter(l -> l.contains("=") && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')))
                .collect(Collectors.toSet());
    }
}

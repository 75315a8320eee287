package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server speaks English and Chinese everywhere: both bundles hold the same codes with the same arguments,
 * every problem type has a title in both, and every message code written in the sources exists.
 */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A code: dotted lower-case words under one of the bundle's top-level sections. */
    private static final Pattern CODE = Pattern.compile(
            "\"((?:problem|validation|term|thing|org|catalog|inventory|import|price|order)\\.[a-z0-9.-]*[a-z0-9])\"");
    /**
     * A code of the later modules' sections, counted where a rejection or message names it on the same line (their
     * sections share words with digest purposes and audit actions, which are not messages).
     */
    private static final Pattern CALLED_CODE = Pattern.compile("(?:Rejection\\.\\w+|Message\\.of|FieldProblem\\.of)"
            + "\\([^;\\n]*?\"((?:member|loyalty|promotion|fulfillment|payment|voucher|integration|settlement|period|crm)"
            + "\\.[a-z0-9.-]*[a-z0-9])\"");
    private static final Pattern ANNOTATION_CODE = Pattern.compile("\"\\{(validation\\.[a-z0-9.-]+)}\"");
    private static final Pattern NOT_FOUND = Pattern.compile("notFound\\(\"([a-z0-9-]+)\"\\)");
    /** A call that takes message codes; a text literal with a space among its arguments is English left behind. */
    private static final Pattern CALL = Pattern.compile(
            "(?:Rejection\\.\\w+|new Rejection|Fault\\.of|Message\\.of|FieldProblem\\.of|new BadCell|problems\\.write)\\(");

    /** A Bean Validation message that is text rather than a code of the bundles. */
    private static final Pattern ANNOTATION_TEXT = Pattern.compile("message = \"(?!\\{validation\\.)[^\"]*\"");

    private final Properties english = bundle("messages.properties");
    private final Properties chinese = bundle("messages_zh_CN.properties");

    @Test
    void both_languages_have_the_same_codes_and_no_empty_text() {
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(code -> {
            assertThat(english.getProperty(code)).as(code).isNotBlank();
            assertThat(chinese.getProperty(code)).as(code).isNotBlank();
        });
    }

    @Test
    void no_code_is_written_twice_in_a_bundle() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            java.util.Map<String, Long> counts = Files.readAllLines(Path.of("src/main/resources", name)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
            assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey)
                    .toList()).as(name + ": a later line silently replaces an earlier one").isEmpty();
        }
    }

    @Test
    void both_languages_take_the_same_arguments_and_are_valid_patterns() {
        assertThat(english.stringPropertyNames()).allSatisfy(code -> assertThat(arguments(chinese.getProperty(code)))
                .as(code).isEqualTo(arguments(english.getProperty(code))));
    }

    @Test
    void every_problem_type_has_a_title_in_both_languages() {
        assertThat(ProblemType.values()).allSatisfy(type -> {
            assertThat(english.getProperty(type.titleCode())).as(type.name()).isNotBlank();
            assertThat(chinese.getProperty(type.titleCode())).as(type.name()).isNotBlank();
            assertThat(chinese.getProperty(type.titleCode())).isNotEqualTo(english.getProperty(type.titleCode()));
        });
    }

    @Test
    void every_code_the_sources_use_is_in_the_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : sources()) {
            collect(CODE, source, "", used);
            collect(CALLED_CODE, source, "", used);
            collect(ANNOTATION_CODE, source, "", used);
            collect(NOT_FOUND, source, "thing.", used);
        }
        Arrays.stream(terms()).forEach(used::add);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used.stream().filter(code -> !english.containsKey(code)).toList()).isEmpty();
    }

    @Test
    void no_message_is_written_as_finished_text_in_the_sources() throws IOException {
        Set<String> leftovers = new TreeSet<>();
        for (String source : sources()) {
            ANNOTATION_TEXT.matcher(source).results().forEach(r -> leftovers.add(r.group()));
            Matcher m = CALL.matcher(source);
            while (m.find()) {
                literals(source, m.end()).stream().filter(text -> text.matches("(?s).*\\p{L}\\s+\\p{L}.*"))
                        .forEach(text -> leftovers.add(m.group() + "\"" + text + "\""));
            }
        }
        assertThat(leftovers).isEmpty();
    }

    /** The string literals of the statement that starts at {@code from}, up to its semicolon. */
    private static java.util.List<String> literals(String source, int from) {
        java.util.List<String> found = new java.util.ArrayList<>();
        StringBuilder literal = null;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (literal == null && c == ';') {
                break;
            } else if (literal == null && c == '"') {
                literal = new StringBuilder();
            } else if (literal != null && c == '\\') {
                literal.append(source.charAt(++i));
            } else if (literal != null && c == '"') {
                found.add(literal.toString());
                literal = null;
            } else if (literal != null) {
                literal.append(c);
            }
        }
        return found;
    }

    /** Every public enum value that is shown as a business term: roles, scope types, price kinds, channels. */
    private static String[] terms() {
        return Stream.of(io.oneshelf.platform.security.Role.values(),
                        io.oneshelf.platform.security.ScopeType.values(), io.oneshelf.catalog.price.PriceKind.values(),
                        io.oneshelf.catalog.SalesChannel.values()).flatMap(Arrays::stream)
                .map(v -> Message.term(v).code()).toArray(String[]::new);
    }

    /** The argument indexes a pattern uses; parsing it fails on a malformed pattern. */
    private static Set<String> arguments(String pattern) {
        new MessageFormat(pattern, Locale.ROOT);
        return Pattern.compile("\\{(\\d+)").matcher(pattern).results().map(r -> r.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void collect(Pattern pattern, String source, String prefix, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            boolean auditAction = source.substring(Math.max(0, m.start() - 40), m.start()).contains("record(");
            if (!auditAction) {
                into.add(prefix + m.group(1));
            }
        }
    }

    private static java.util.List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}

package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BadInputs;
import io.oneshelf.support.BadInputs.Bad;
import io.oneshelf.support.BadInputs.Expect;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.EndpointWalk;
import io.oneshelf.support.EndpointWalk.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks EVERY registered {@code /api/v1} endpoint as the owner's HQ admin with a fixed catalogue of bad inputs
 * ({@link BadInputs}) in each path variable, query parameter (found from the controller's {@code @RequestParam}s)
 * and body field (found from the endpoint's valid sample body, nested lines too), and proves that each is refused
 * with a 4xx problem+json naming the field, that nothing answers 5xx, and that the owner's data and every table's
 * row count are the same afterwards. An endpoint added later is covered automatically; one the walk cannot
 * address fails it with a message saying what to add to {@link EndpointWalk} or {@link BadInputs}.
 */
class MalformedInputWalkTest extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(MalformedInputWalkTest.class);
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    EndpointWalk walk;

    /** One bad request: where it goes, what it carries, and what must come back. */
    record Try(String label, String path, Object body, Map<String, String> headers, Expect expect, String field) {
    }

    /** A body sent byte for byte as written (malformed JSON, duplicate keys, another media type). */
    record Raw(String text) {
    }

    @Test
    void every_endpoint_refuses_bad_input_with_a_4xx_problem_naming_the_field_and_changes_nothing() {
        Brand owner = brands.aBrand();
        String admin = api.login(owner.login("admin"), BrandFixture.PASSWORD);
        Map<String, String> ids = walk.ownerObjects(api, owner, admin);
        Map<String, Object> bodies = EndpointWalk.sampleBodies(owner, ids);
        Map<String, Map<String, String>> queries = EndpointWalk.sampleQueries(ids);
        String snapshotBefore = walk.snapshot(owner);
        Map<String, Long> rowsBefore = rowCounts();

        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = walk.endpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);
        long started = System.nanoTime();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            String path = EndpointWalk.fillIn(endpoint.pattern(), ids, failures);
            if (path == null) {
                continue;
            }
            if (endpoint.mutating() && !bodies.containsKey(endpoint.key())) {
                failures.add("No sample body for " + endpoint.key() + ": add one to EndpointWalk.sampleBodies()");
                continue;
            }
            Object body = bodies.get(endpoint.key());
            List<Try> tries = new ArrayList<>(pathTries(endpoint, ids, body, failures));
            tries.addAll(queryTries(endpoint, path, queries.getOrDefault(endpoint.key(), Map.of()), body,
                    failures));
            tries.addAll(bodyTries(endpoint, path, body));
            for (Try attempt : tries) {
                try {
                    check(endpoint, attempt, send(endpoint.method(), attempt, admin), failures);
                } catch (IllegalStateException e) {
                    failures.add(endpoint.key() + " with " + attempt.label() + ": no answer (" + e.getMessage() + ")");
                }
                requests++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Malformed-input walk: {} endpoints, {} requests in {} ms", endpoints.size(), requests, millis);

        assertThat(failures).as("bad inputs not refused properly").isEmpty();
        assertThat(walk.snapshot(owner)).as("the owner's data after the walk").isEqualTo(snapshotBefore);
        assertThat(rowCounts()).as("row counts of every table after the walk").isEqualTo(rowsBefore);
    }

    private static void check(Endpoint endpoint, Try attempt, Reply reply, List<String> failures) {
        String label = endpoint.key() + " with " + attempt.label() + " -> " + reply.status();
        boolean problem = reply.header("Content-Type") != null
                          && reply.header("Content-Type").startsWith("application/problem+json");
        if (reply.status() >= 500) {
            failures.add(label + " (server error): " + abbreviated(reply.raw()));
        } else if (reply.status() >= 400 && !problem) {
            failures.add(label + " is not problem+json: " + abbreviated(reply.raw()));
        } else if (attempt.expect() != Expect.NO_5XX && reply.status() < 400) {
            failures.add(label + ", expected a 4xx: " + abbreviated(reply.raw()));
        } else if (attempt.expect() == Expect.REFUSED_NAMING && !names(reply.body(), attempt.field())) {
            failures.add(label + " does not name " + attempt.field() + ": " + abbreviated(reply.raw()));
        }
    }

    /** Whether the problem names the field; a map's key may be named {@code specs.key} or {@code specs[key]}. */
    private static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asString().replaceAll("\\[([^0-9\\]][^\\]]*)]", ".$1");
            if (field.equals(named)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviated(String raw) {
        return raw == null || raw.length() < 400 ? raw : raw.substring(0, 400) + "…";
    }

    private Reply send(String method, Try attempt, String token) {
        String key = UUID.randomUUID().toString();
        if (attempt.body() instanceof Raw raw) {
            return api.send(method, attempt.path(), token, raw.text(), key, attempt.headers());
        }
        return api.send(method, attempt.path(), token, attempt.body(), key);
    }

    /** Each path variable replaced by bad segments, the rest addressing the owner's objects. */
    private static List<Try> pathTries(Endpoint endpoint, Map<String, String> ids, Object body,
                                       List<String> failures) {
        List<Try> tries = new ArrayList<>();
        for (String variable : EndpointWalk.variables(endpoint.pattern())) {
            Class<?> type = parameterType(endpoint, PathVariable.class, variable);
            if (type == null) {
                failures.add(endpoint.key() + ": no @PathVariable named " + variable + " found for the walk");
                continue;
            }
            for (Bad bad : BadInputs.forPathVariable(type)) {
                String path = EndpointWalk.fillIn(endpoint.pattern().replace("{" + variable + "}", bad.raw()),
                        ids, failures);
                // what the container refuses by its request line alone goes without a body: Tomcat answers and
                // closes the connection while a client would still be sending it
                Object sent = bad.expect() == Expect.REFUSED ? null : body;
                tries.add(new Try("{" + variable + "} " + bad.what(), path, sent, Map.of(), bad.expect(),
                        variable));
            }
        }
        return tries;
    }

    /**
     * Each {@code @RequestParam} with bad values (the endpoint's required parameters valid meanwhile), and a
     * parameter without a name. A parameter the sample body carries as a form field is tried there instead.
     */
    private static List<Try> queryTries(Endpoint endpoint, String path, Map<String, String> required, Object body,
                                        List<String> failures) {
        List<Try> tries = new ArrayList<>();
        tries.add(new Try("a query parameter without a name", path + query(required, "", "x"), body, Map.of(),
                Expect.REFUSED, null));
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || parameter.getParameterType() == MultipartFile.class) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name()
                    : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
            if (body instanceof Api.Multipart multipart && multipart.fields().containsKey(name)) {
                continue;
            }
            boolean mandatory = param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)
                                && !parameter.isOptional();
            if (mandatory && !required.containsKey(name)) {
                failures.add(endpoint.key() + ": required parameter " + name + " has no valid sample value: add"
                             + " one to EndpointWalk.sampleQueries()");
                continue;
            }
            List<Bad> catalogue = BadInputs.forParameter(parameter.getParameterType(), name);
            if (catalogue == null) {
                failures.add(endpoint.key() + ": no bad values for parameter " + name + " of type "
                             + parameter.getParameterType().getSimpleName() + ": add them to BadInputs");
                continue;
            }
            for (Bad bad : catalogue) {
                tries.add(new Try("?" + name + " " + bad.what(), path + query(required, name, bad.raw()), body,
                        Map.of(), bad.expect(), name));
            }
        }
        return tries;
    }

    /** The required parameters with one parameter set to a raw (already encoded) value. */
    private static String query(Map<String, String> required, String name, String raw) {
        StringBuilder query = new StringBuilder("?");
        required.forEach((k, v) -> {
            if (!k.equals(name)) {
                query.append(k).append('=').append(v).append('&');
            }
        });
        return query.append(name).append('=').append(raw).toString();
    }

    /** Malformed bodies, and every field of the valid sample body with each bad value of its type. */
    private List<Try> bodyTries(Endpoint endpoint, String path, Object body) {
        List<Try> tries = new ArrayList<>();
        if (body instanceof Api.Multipart multipart) {
            multipart.fields().keySet().forEach(field -> {
                tries.add(new Try("form field " + field + " with NUL", path, multipart.with(field, "a\u0000b"),
                        Map.of(), Expect.REFUSED_NAMING, field));
                tries.add(new Try("form field " + field + " of 100k characters", path,
                        multipart.with(field, BadInputs.LONG_TEXT), Map.of(), Expect.REFUSED_NAMING, field));
            });
        }
        if (!takesJson(endpoint) || !(body instanceof Map<?, ?> sample)) {
            return tries;
        }
        tries.add(raw("malformed JSON", path, "{\"", Expect.REFUSED, null));
        tries.add(raw("a JSON array instead of an object", path, "[]", Expect.REFUSED, null));
        tries.add(new Try("a JSON body sent as text/plain", path, new Raw(json.writeValueAsString(sample)),
                Map.of("Content-Type", "text/plain"), Expect.REFUSED, null));
        tries.add(new Try("an unknown field", path, BadInputs.replace(sample, List.of("zzUnknown"), 1), Map.of(),
                Expect.REFUSED_NAMING, "zzUnknown"));
        if (!sample.isEmpty()) {
            String first = sample.keySet().iterator().next().toString();
            String text = json.writeValueAsString(sample);
            tries.add(raw("the key " + first + " twice", path, "{\"" + first + "\":"
                    + json.writeValueAsString(sample.get(first)) + "," + text.substring(1), Expect.REFUSED_NAMING,
                    first));
        }
        Map<List<Object>, Object> leaves = new LinkedHashMap<>();
        BadInputs.leaves(sample, List.of(), leaves);
        leaves.forEach((at, value) -> {
            String field = BadInputs.fieldName(at);
            for (Object bad : BadInputs.forJsonValue(value)) {
                tries.add(new Try(field + " = " + describe(bad), path, BadInputs.replace(sample, at, bad), Map.of(),
                        Expect.REFUSED_NAMING, field));
            }
        });
        return tries;
    }

    private static Try raw(String label, String path, String text, Expect expect, String field) {
        return new Try(label, path, new Raw(text), Map.of(), expect, field);
    }

    private static String describe(Object bad) {
        String text = json.writeValueAsString(bad);
        return text.length() > 40 ? text.substring(0, 20) + "… (" + text.length() + " characters)" : text;
    }

    private static boolean takesJson(Endpoint endpoint) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> parameterType(Endpoint endpoint, Class<PathVariable> annotation, String name) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(annotation);
            if (variable != null) {
                String declared = !variable.name().isEmpty() ? variable.name()
                        : !variable.value().isEmpty() ? variable.value() : parameter.getParameterName();
                if (name.equals(declared)) {
                    return parameter.getParameterType();
                }
            }
        }
        return null;
    }

    /** Rows per table of the whole database: a refused request must not leave a row anywhere. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = brands.jdbc().sql("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")
                .query(String.class).list();
        for (String table : tables) {
            counts.put(table, brands.jdbc().sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }
}

package io.oneshelf.support;

import io.oneshelf.support.BadInputs.Bad;
import io.oneshelf.support.BadInputs.Expect;
import io.oneshelf.support.EndpointWalk.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad requests the malformed-input walk sends to one endpoint: the catalogue of {@link BadInputs} applied to
 * each of its path variables, query parameters (found from the controller's {@code @RequestParam}s) and body
 * fields (found from its valid sample body), one at a time, everything else valid.
 */
public final class BadRequests {

    private static final JsonMapper json = JsonMapper.builder().build();

    private BadRequests() {
    }

    /** One bad request: where it goes, what it carries, and what must come back. */
    public record Try(String label, String path, Object body, Map<String, String> headers, Expect expect,
                      String field) {
    }

    /** A body sent byte for byte as written (malformed JSON, duplicate keys, another media type). */
    public record Raw(String text) {
    }

    /**
     * Every bad request for an endpoint whose path, filled with the owner's objects, is {@code path}; what the walk
     * cannot address goes to {@code failures} with what to add.
     */
    public static List<Try> of(Endpoint endpoint, String path, Map<String, String> ids, Object body,
                               Map<String, String> required, List<String> failures) {
        List<Try> tries = new ArrayList<>(pathTries(endpoint, ids, body, failures));
        tries.addAll(queryTries(endpoint, path, required, body, failures));
        tries.addAll(bodyTries(endpoint, path, body));
        return tries;
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
    private static List<Try> bodyTries(Endpoint endpoint, String path, Object body) {
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
}

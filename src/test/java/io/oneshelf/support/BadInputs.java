package io.oneshelf.support;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fixed catalogue of bad inputs the malformed-input walk sends: for a parameter by its Java type, for a JSON
 * field by the type of its value in the endpoint's valid sample body. Every value here is wrong for every field of
 * that type, so each must be refused with a 4xx naming the field; the only exception ({@link Expect#NO_5XX}) is a
 * long search text, which an endpoint may honestly answer.
 */
public final class BadInputs {

    /** 100,000 characters: longer than any text field may be. */
    public static final String LONG_TEXT = "x".repeat(100_000);
    /** Beyond every integer type the server reads (long included). */
    static final String HUGE = "99999999999999999999";

    private BadInputs() {
    }

    public enum Expect {
        /** A 4xx problem naming the field. */
        REFUSED_NAMING,
        /** A 4xx problem (the container or the router refuses it before any field is known). */
        REFUSED,
        /** Anything but a 5xx; a 4xx must still be a problem. */
        NO_5XX
    }

    /** One bad value, raw as it goes on the wire (percent-encoded for a URL, JSON text for a body). */
    public record Bad(String what, String raw, Expect expect) {
    }

    /** Bad query parameter values for a parameter of this type, or {@code null} when the catalogue has none. */
    public static List<Bad> forParameter(Class<?> type, String name) {
        List<Bad> bad = new ArrayList<>(List.of(new Bad("NUL", "a%00", Expect.REFUSED_NAMING),
                new Bad("not UTF-8", "%C0%AF", Expect.REFUSED_NAMING)));
        if (type == UUID.class) {
            bad.add(new Bad("invalid UUID", "not-a-uuid", Expect.REFUSED_NAMING));
            bad.add(new Bad("negative", "-1", Expect.REFUSED_NAMING));
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            bad.add(new Bad("fraction", "1.5", Expect.REFUSED_NAMING));
            bad.add(new Bad("huge", HUGE, Expect.REFUSED_NAMING));
            bad.add(new Bad("negative", "-1", Expect.REFUSED_NAMING));
            bad.add(new Bad("text", "x", Expect.REFUSED_NAMING));
        } else if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
            bad.add(new Bad("text", "x", Expect.REFUSED_NAMING));
            bad.add(new Bad("huge", HUGE, Expect.REFUSED_NAMING));
        } else if (type.isEnum()) {
            bad.add(new Bad("unknown value", "NOPE", Expect.REFUSED_NAMING));
            bad.add(new Bad("index", "0", Expect.REFUSED_NAMING));
        } else if (Temporal.class.isAssignableFrom(type) || type == Boolean.class || type == boolean.class) {
            bad.add(new Bad("text", "maybe", Expect.REFUSED_NAMING));
        } else if (type == String.class && name.equals("cursor")) {
            bad.add(new Bad("bad cursor", "!!!", Expect.REFUSED_NAMING));
            bad.add(new Bad("cursor of no id", "bm90LWEtdXVpZA", Expect.REFUSED_NAMING));
        } else if (type == String.class) {
            bad.add(new Bad("long text", "x".repeat(4_000), Expect.NO_5XX));
        } else {
            return null;
        }
        return bad;
    }

    /** Bad path segments; a variable of type String may honestly take most of them (then: no 5xx). */
    public static List<Bad> forPathVariable(Class<?> type) {
        Expect typed = type == String.class ? Expect.NO_5XX : Expect.REFUSED_NAMING;
        return List.of(new Bad("invalid UUID", "not-a-uuid", typed), new Bad("negative", "-1", typed),
                new Bad("huge", HUGE, typed), new Bad("NUL", "a%00", Expect.REFUSED),
                new Bad("long", "x".repeat(10_000), Expect.REFUSED));
    }

    /** Values that are wrong for a JSON field whose valid sample value is {@code sample}. */
    public static List<Object> forJsonValue(Object sample) {
        if (sample instanceof Integer || sample instanceof Long || sample instanceof Short) {
            return List.of("1", 1.5, new java.math.BigInteger(HUGE), new java.math.BigInteger("-" + HUGE), true);
        }
        if (sample instanceof Number) {
            return List.of("31.2", true, new java.math.BigDecimal("1e400"));
        }
        if (sample instanceof Boolean) {
            return List.of("true", 1);
        }
        if (sample instanceof Map) {
            return List.of(List.of(), "x");
        }
        if (sample instanceof List) {
            return List.of(Map.of(), "x");
        }
        return List.of(false, 12, "a\u0000b", LONG_TEXT);
    }

    /** A copy of a sample body with {@code value} at {@code path} (map keys and list indexes). */
    @SuppressWarnings("unchecked")
    public static Object replace(Object body, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Object key = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (body instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) map);
            copy.put(key, replace(map.get(key), rest, value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) body);
        copy.set((Integer) key, replace(copy.get((Integer) key), rest, value));
        return copy;
    }

    /** Every value of a sample body with its path; lists are followed into their first element. */
    public static void leaves(Object body, List<Object> path, Map<List<Object>, Object> into) {
        if (!path.isEmpty()) {
            into.put(List.copyOf(path), body);
        }
        if (body instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                List<Object> next = new ArrayList<>(path);
                next.add(k);
                leaves(v, next, into);
            });
        } else if (body instanceof List<?> list && !list.isEmpty() && list.get(0) != null) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            leaves(list.get(0), next, into);
        }
    }

    /** A path as the server names a field: {@code lines[0].quantity}. */
    public static String fieldName(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }
}

package io.oneshelf.integration.feed;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of an event record, read from its components as the event log writes them (JSON in camelCase,
 * times ISO-8601, money in fen as integers). Every component is listed; those that may be null say so.
 */
final class RecordSchema {

    private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private RecordSchema() {
    }

    static JsonNode of(Class<?> record) {
        ObjectNode schema = nodes.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        var required = schema.putArray("required");
        for (RecordComponent c : record.getRecordComponents()) {
            properties.set(c.getName(), of(c.getGenericType()));
            if (c.getType().isPrimitive()) {
                required.add(c.getName());
            }
        }
        return schema;
    }

    private static JsonNode of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return nodes.objectNode().put("type", "array").set("items", of(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return nodes.objectNode().put("type", "object")
                        .set("additionalProperties", of(p.getActualTypeArguments()[1]));
            }
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return of(c);
        }
        if (c.isEnum()) {
            ObjectNode e = nodes.objectNode().put("type", "string");
            Arrays.stream(c.getEnumConstants()).forEach(v -> e.withArray("enum").add(((Enum<?>) v).name()));
            return e;
        }
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
            return nodes.objectNode().put("type", "integer");
        }
        if (c == boolean.class || c == Boolean.class) {
            return nodes.objectNode().put("type", "boolean");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return nodes.objectNode().put("type", "number");
        }
        ObjectNode text = nodes.objectNode().put("type", "string");
        if (c == UUID.class) {
            text.put("format", "uuid");
        } else if (c == Instant.class || c == OffsetDateTime.class) {
            text.put("format", "date-time");
        } else if (c == LocalDate.class) {
            text.put("format", "date");
        } else if (c == LocalTime.class) {
            text.put("format", "time");
        }
        return text;
    }
}

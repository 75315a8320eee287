package io.oneshelf.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/** Names the field of a JSON body that Jackson could not read, as the client wrote it: {@code lines[0].quantity}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The field at fault, or {@code null} when the body as a whole is (not valid JSON, empty). */
    static String field(JacksonException e) {
        // the parser's own faults (a duplicate key) carry no databind path; the parser knows where it stood
        if (e instanceof StreamReadException && e.processor() instanceof JsonParser parser) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return fromPointer(pointer);
            }
        }
        // a map's key in brackets, as bean validation names it: specs[size]
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() == null ? "[" + ref.getIndex() + "]"
                        : ref.from() instanceof java.util.Map ? "[" + ref.getPropertyName() + "]"
                        : ref.getPropertyName())
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
    }

    private static String fromPointer(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty() && !field.isEmpty()) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}

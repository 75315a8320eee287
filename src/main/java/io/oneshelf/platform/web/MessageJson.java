package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Message} as stored JSON ({@code {"code": …, "args": […]}}), for texts kept in the database and shown
 * later to whoever reads them, in their language (import row errors). Arguments are text, numbers or messages.
 */
public final class MessageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageJson() {
    }

    public static String write(Message message) {
        return JSON.writeValueAsString(node(message));
    }

    public static Message read(String json) {
        return message(JSON.readTree(json));
    }

    private static ObjectNode node(Message message) {
        ObjectNode node = JSON.createObjectNode().put("code", message.code());
        ArrayNode args = node.putArray("args");
        for (Object arg : message.args()) {
            if (arg instanceof Message m) {
                args.add(node(m));
            } else if (arg instanceof Long || arg instanceof Integer) {
                args.add(((Number) arg).longValue());
            } else {
                args.add(String.valueOf(arg));
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            args.add(arg.isObject() ? message(arg) : arg.isIntegralNumber() ? (Object) arg.asLong() : arg.asString());
        }
        return new Message(node.path("code").asString(), args.toArray());
    }
}

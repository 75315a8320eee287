package io.oneshelf.order.sale;

import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages kept as data (a plan's explanation): code and arguments, so each reader sees them in their own
 * language. Arguments are numbers, texts or messages; anything else is kept as its text.
 */
final class StoredMessages {

    private StoredMessages() {
    }

    static List<Map<String, Object>> write(List<Message> messages) {
        return messages.stream().map(StoredMessages::write).toList();
    }

    static List<Message> read(List<Map<String, Object>> stored) {
        return stored == null ? List.of() : stored.stream().map(StoredMessages::read).toList();
    }

    private static Map<String, Object> write(Message message) {
        List<Object> args = new ArrayList<>();
        for (Object arg : message.args()) {
            args.add(arg instanceof Message m ? write(m) : arg instanceof Number ? arg : String.valueOf(arg));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", message.code());
        json.put("args", args);
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Message read(Map<String, Object> json) {
        List<Object> args = (List<Object>) json.getOrDefault("args", List.of());
        Object[] values = args.stream().map(a -> a instanceof Map<?, ?> m ? read((Map<String, Object>) m) : a)
                .toArray();
        return new Message((String) json.get("code"), values);
    }
}

package io.oneshelf.platform.idempotency;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a JSON request says, written out canonically for the idempotency hash: the parsed tree with the keys of
 * every object sorted and no whitespace. A retry that serializes the same object with its keys in another
 * order or laid out differently is the same request; any other value is a different one. Numbers keep their
 * exact decimal value. A body that is not one valid JSON value (it will be refused anyway) counts as sent.
 */
final class JsonPayload {

    private static final JsonMapper canonical = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED, JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonPayload() {
    }

    static byte[] of(String contentType, byte[] body) {
        if (body.length == 0 || contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return body;
        }
        try {
            return canonical.writeValueAsBytes(canonical.readTree(body));
        } catch (JacksonException e) {
            return body;
        }
    }
}

package io.oneshelf.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonPayloadTest {

    private static String canonical(String contentType, String body) {
        return new String(JsonPayload.of(contentType, body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void nested_objects_are_sorted_by_key_and_whitespace_is_dropped_but_arrays_keep_their_order() {
        assertThat(canonical("application/json; charset=UTF-8",
                "{ \"b\": [ {\"y\": 1, \"x\": 2}, 3 ],\n \"a\": {\"d\": null, \"c\": \"t e x t\"} }"))
                .isEqualTo("{\"a\":{\"c\":\"t e x t\",\"d\":null},\"b\":[{\"x\":2,\"y\":1},3]}");
    }

    @Test
    void numbers_keep_their_exact_value() {
        assertThat(canonical("application/json", "{\"q\": 0.1000000000000000000001}"))
                .isNotEqualTo(canonical("application/json", "{\"q\": 0.1}"));
        assertThat(canonical("application/json", "{\"q\": 12345678901234567890}"))
                .isEqualTo("{\"q\":12345678901234567890}");
    }

    @Test
    void a_body_that_is_not_one_json_value_or_not_json_counts_as_sent() {
        for (String body : new String[]{"{\"a\":1", "{\"a\":1,\"a\":2}", "{\"a\":1} {\"b\":2}"}) {
            assertThat(canonical("application/json", body)).as(body).isEqualTo(body);
        }
        assertThat(canonical("text/csv", "b , a")).isEqualTo("b , a");
        assertThat(canonical(null, "{ }")).isEqualTo("{ }");
    }
}

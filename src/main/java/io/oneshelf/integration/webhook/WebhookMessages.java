package io.oneshelf.integration.webhook;

import io.oneshelf.platform.events.StoredEvent;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body a webhook carries: the event's envelope ({@code id, type, version, brandId, aggregateId, occurredAt})
 * and the event itself as {@code data}, the same JSON the event feed answers.
 */
@Component
class WebhookMessages {

    static final String TEST_TYPE = "webhook.test";

    private final JsonMapper json;

    WebhookMessages(JsonMapper json) {
        this.json = json;
    }

    String of(StoredEvent event) {
        ObjectNode body = envelope(event.id(), event.type(), event.version(), event.brandId(), event.aggregateId(),
                event.occurredAt());
        body.set("data", json.readTree(event.payload()));
        return json.writeValueAsString(body);
    }

    /** A test message to an endpoint: its own id, type {@code webhook.test}, the endpoint as its aggregate. */
    String test(UUID id, UUID brandId, UUID endpointId, Instant at) {
        ObjectNode body = envelope(id, TEST_TYPE, 1, brandId, endpointId, at);
        body.putObject("data").put("message", "A test message from OneShelf");
        return json.writeValueAsString(body);
    }

    private ObjectNode envelope(UUID id, String type, int version, UUID brandId, UUID aggregateId, Instant at) {
        ObjectNode body = json.createObjectNode();
        body.put("id", id.toString());
        body.put("type", type);
        body.put("version", version);
        body.put("brandId", brandId.toString());
        body.put("aggregateId", aggregateId.toString());
        body.put("occurredAt", at.toString());
        return body;
    }
}

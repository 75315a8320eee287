package io.oneshelf.integration.kafka;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.oneshelf.platform.events.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event as a Kafka record: keyed by its aggregate (so an aggregate's events share a partition and keep their
 * order), its id, type, version and brand in headers (consumers dedupe and filter without parsing), and the JSON
 * envelope {@code {id, type, version, brandId, aggregateId, occurredAt, data}} as value.
 */
final class EventRecords {

    static final String EVENT_ID = "event-id";
    static final String EVENT_TYPE = "event-type";
    static final String EVENT_VERSION = "event-version";
    static final String BRAND_ID = "brand-id";

    private final String topic;
    private final JsonMapper json;

    EventRecords(String topic, JsonMapper json) {
        this.topic = topic;
        this.json = json;
    }

    ProducerRecord<byte[], byte[]> of(StoredEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EVENT_ID, bytes(event.id().toString()));
        headers.add(EVENT_TYPE, bytes(event.type()));
        headers.add(EVENT_VERSION, bytes(Integer.toString(event.version())));
        headers.add(BRAND_ID, bytes(event.brandId().toString()));
        Envelope envelope = new Envelope(event.id(), event.type(), event.version(), event.brandId(),
                event.aggregateId(), event.occurredAt(), event.payload());
        return new ProducerRecord<>(topic, null, bytes(event.aggregateId().toString()),
                json.writeValueAsBytes(envelope), headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The record's value; {@code data} is the event itself, as the event log keeps it. */
    record Envelope(UUID id, String type, int version, UUID brandId, UUID aggregateId, Instant occurredAt,
            @JsonRawValue String data) {
    }
}

package io.oneshelf.platform;

import java.util.List;
import java.util.UUID;

/**
 * A business fact that happened: a past-tense record carrying ids and values ({@code StockReceived},
 * {@code ReservationHeld}), published with Spring's {@code ApplicationEventPublisher} inside the transaction that
 * made it true. It is stored in that transaction (the outbox), consumed in process by
 * {@code @ApplicationModuleListener}s, offered in the event feed and sent to webhooks and Kafka.
 *
 * <p>Each event type carries {@link EventType} with its stable name and schema version. A record's components
 * are its schema: add components freely (receivers ignore what they do not know); rename or remove one only
 * with a new version.
 */
public interface BusinessEvent {

    /** The brand (tenant) the fact belongs to. */
    UUID brandId();

    /** The thing the fact is about; events of one aggregate keep their order everywhere (e.g. Kafka's key). */
    UUID aggregateId();

    /** The stores and warehouses the fact concerns, for scoping the feed; empty = brand-wide staff only. */
    default List<UUID> placeIds() {
        return List.of();
    }
}

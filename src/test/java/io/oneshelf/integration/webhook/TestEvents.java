package io.oneshelf.integration.webhook;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes business events of the tests' own types, each in a transaction, as a module would. */
@Component
public class TestEvents {

    /** A fact of the tests' own: what a webhook carries as {@code data}. */
    @EventType("test.thing.happened")
    public record ThingHappened(UUID brandId, UUID aggregateId, String note) implements BusinessEvent {
    }

    @EventType(value = "test.other.happened", version = 2)
    public record OtherHappened(UUID brandId, UUID aggregateId) implements BusinessEvent {
    }

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;

    TestEvents(ApplicationEventPublisher publisher, TransactionTemplate transactions) {
        this.publisher = publisher;
        this.transactions = transactions;
    }

    public void publish(BusinessEvent event) {
        transactions.executeWithoutResult(tx -> publisher.publishEvent(event));
    }

    /** Publishes a ThingHappened for the brand and answers its aggregate id. */
    public UUID thingHappened(UUID brand, String note) {
        UUID aggregate = UUID.randomUUID();
        publish(new ThingHappened(brand, aggregate, note));
        return aggregate;
    }
}

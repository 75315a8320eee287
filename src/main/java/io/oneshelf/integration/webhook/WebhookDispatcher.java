package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.WebhookDeliveries.NewDelivery;
import io.oneshelf.integration.webhook.WebhookEndpoints.Subscriber;
import io.oneshelf.platform.events.EventLog;
import io.oneshelf.platform.events.EventPosition;
import io.oneshelf.platform.events.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns events into deliveries: reads the event log forward from its cursor (every brand with an endpoint at
 * once, in commit order), makes one delivery per event and enabled endpoint of its brand that wants its type, and moves the cursor,
 * all in one transaction. The cursor row is locked with {@code SKIP LOCKED}, so one instance dispatches at a time
 * and the others go on delivering; an event gets its deliveries exactly once.
 */
@Component
class WebhookDispatcher {

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final EventLog log;
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookMessages messages;
    private final TransactionTemplate transactions;
    private final DeliveryWorker worker;

    WebhookDispatcher(JdbcClient jdbc, EventLog log, WebhookEndpoints endpoints, WebhookDeliveries deliveries,
                      WebhookMessages messages, TransactionTemplate transactions, DeliveryWorker worker) {
        this.worker = worker;
        this.jdbc = jdbc;
        this.log = log;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.messages = messages;
        this.transactions = transactions;
    }

    private volatile boolean closing;

    /** A closing server starts no more batches (the one running ends within its statement timeout). */
    @EventListener(ContextClosedEvent.class)
    void close() {
        closing = true;
    }

    @Scheduled(fixedDelayString = "${oneshelf.webhooks.poll:PT1S}", initialDelayString = "${oneshelf.webhooks.poll:PT1S}")
    void poll() {
        Dispatched batch;
        do {
            batch = closing ? Dispatched.NOTHING : transactions.execute(tx -> dispatchBatch());
            if (batch.deliveries() > 0) {
                worker.nudge(); // committed: they go out now, while the next batch is dispatched
            }
        } while (batch.full());
    }

    /** What one batch did: whether it was full (more events may be waiting) and how many deliveries it made. */
    record Dispatched(boolean full, int deliveries) {
        static final Dispatched NOTHING = new Dispatched(false, 0);
    }

    /** Dispatches up to a batch of events. */
    Dispatched dispatchBatch() {
        // a dispatch never hangs on: it is repeated at the next poll, and a closing server waits for it
        jdbc.sql("set local statement_timeout = '10s'").update();
        Optional<EventPosition> cursor = jdbc.sql("select tx, seq from webhook_dispatch where id = 1"
                        + " for update skip locked")
                .query((rs, n) -> new EventPosition(rs.getLong("tx"), rs.getLong("seq"))).optional();
        if (cursor.isEmpty()) {
            return Dispatched.NOTHING; // another instance is dispatching
        }
        Optional<EventPosition> newest = log.newest(cursor.get());
        if (newest.isEmpty()) {
            return Dispatched.NOTHING;
        }
        // only the brands with an endpoint are read: the others' events are passed over without fetching them
        List<Subscriber> subscribers = endpoints.subscribers();
        List<UUID> brands = subscribers.stream().map(Subscriber::brandId).distinct().toList();
        List<StoredEvent> events = brands.isEmpty() ? List.of()
                : log.readAll(cursor.get(), newest.get(), brands, BATCH);
        List<NewDelivery> due = new ArrayList<>();
        for (StoredEvent event : events) {
            String body = null;
            for (Subscriber subscriber : subscribers) {
                if (subscriber.wants(event.brandId(), event.type())) {
                    body = body == null ? messages.of(event) : body;
                    due.add(new NewDelivery(event.brandId(), subscriber.id(), event.id(), event.type(), body, false,
                            null));
                }
            }
        }
        int made = deliveries.insert(due).size();
        boolean full = events.size() == BATCH;
        EventPosition last = full ? events.get(events.size() - 1).position() : newest.get();
        jdbc.sql("update webhook_dispatch set tx = :tx, seq = :seq where id = 1")
                .param("tx", last.tx()).param("seq", last.seq()).update();
        return new Dispatched(full, made);
    }
}

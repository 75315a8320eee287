package io.oneshelf.integration.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.oneshelf.platform.events.EventLog;
import io.oneshelf.platform.events.EventPosition;
import io.oneshelf.platform.events.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Carries the event log to Kafka, at least once and in order (decision 0023). One instance of the cluster is the
 * active relay (it holds {@link RelayLock}); the others wait to take over. The active relay reads the log after its
 * saved position, sends a batch, waits until Kafka has acknowledged all of it, and only then saves the new position.
 * A relay that dies between sending and saving sends that batch again when the next one starts: consumers drop
 * the copies by the {@code event-id} header. Nothing is lost and nothing jumps ahead of an older event.
 */
class KafkaRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(30);

    private final KafkaRelaySettings settings;
    private final EventLog events;
    private final RelayLock lock;
    private final EventRecords records;
    private final Supplier<Producer<byte[], byte[]>> producers;
    private final Semaphore wake = new Semaphore(0);
    private final Counter sent;
    private volatile boolean running;
    private volatile boolean active;
    private volatile Instant oldestUnsent;
    private Producer<byte[], byte[]> producer;
    private Duration backOff = FIRST_BACK_OFF;
    private Thread thread;

    KafkaRelay(KafkaRelaySettings settings, EventLog events, RelayLock lock, EventRecords records,
            Supplier<Producer<byte[], byte[]>> producers, MeterRegistry meters) {
        this.settings = settings;
        this.events = events;
        this.lock = lock;
        this.records = records;
        this.producers = producers;
        String relay = settings.relayName();
        this.sent = Counter.builder("oneshelf.events.kafka.sent").tag("relay", relay)
                .description("Events this instance sent to Kafka and saw acknowledged").register(meters);
        Gauge.builder("oneshelf.events.kafka.active", this, r -> r.active ? 1 : 0).tag("relay", relay)
                .description("1 on the instance that is the active Kafka relay").register(meters);
        TimeGauge.builder("oneshelf.events.kafka.lag", this, TimeUnit.MILLISECONDS, KafkaRelay::lagMillis)
                .tag("relay", relay).description("Age of the oldest event not yet acknowledged by Kafka, on the "
                        + "active relay (0 when it has caught up)").register(meters);
    }

    /** Asks the active relay to look at the log now rather than at its next poll (after a commit). */
    void nudge() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    boolean isActive() {
        return active;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "kafka-relay-" + settings.relayName());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (lock.tryTake()) {
                    leadUntilItFails();
                } else {
                    pause(settings.takeoverCheck());
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("The Kafka relay {} stopped relaying; it gave up its lock and tries again in {}",
                            settings.relayName(), backOff, e);
                    dropProducer();
                    pause(backOff);
                    backOff = backOff.multipliedBy(2).compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF
                            : backOff.multipliedBy(2);
                }
            }
        }
        dropProducer();
    }

    private void leadUntilItFails() throws Exception {
        try {
            lead();
        } finally {
            active = false; // before the lock is free, so that two instances never both count as active
            oldestUnsent = null;
            lock.close();
        }
    }

    /** Relays until stopped or until something fails. */
    private void lead() throws Exception {
        active = true;
        EventPosition position = lock.position();
        log.info("This instance is now the active Kafka relay {} (to topic {}), from position {}",
                settings.relayName(), settings.topic(), position.token());
        while (running) {
            List<StoredEvent> batch = events.readAll(position, settings.batchSize());
            if (batch.isEmpty()) {
                oldestUnsent = null;
                lock.check();
                wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                continue;
            }
            oldestUnsent = batch.get(0).occurredAt();
            lock.check();
            send(batch);
            position = batch.get(batch.size() - 1).position();
            lock.save(position);
            sent.increment(batch.size());
            backOff = FIRST_BACK_OFF;
        }
    }

    /**
     * Returns once Kafka has acknowledged every event of the batch; throws if it refused any. An event is handed to
     * the producer only if every earlier one was accepted: the producer answers some refusals (no metadata in
     * time) with a failed future rather than an exception, and going on past one would let a later event of the
     * same aggregate reach Kafka before an earlier one.
     */
    private void send(List<StoredEvent> batch) throws InterruptedException, ExecutionException {
        if (producer == null) {
            producer = producers.get();
        }
        producer.partitionsFor(settings.topic()); // waits for the topic's metadata, or throws
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (StoredEvent event : batch) {
            Future<RecordMetadata> ack = producer.send(records.of(event));
            if (ack.isDone()) {
                ack.get(); // refused at once: stop here
            }
            acks.add(ack);
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    /** A producer that failed is closed: the next one starts a fresh idempotent session from the saved position. */
    private void dropProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("Closing the failed Kafka producer failed too", e);
            }
            producer = null;
        }
    }

    private double lagMillis() {
        Instant oldest = oldestUnsent;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis());
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

package io.oneshelf.integration.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.oneshelf.integration.kafka.TestKafka.Reader;
import io.oneshelf.integration.kafka.TestKafka.Seen;
import io.oneshelf.platform.events.EventLog;
import io.oneshelf.platform.events.EventPosition;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay's mechanics in this JVM, against a real Kafka broker: what a record looks like, the position saved
 * only after Kafka's acknowledgement (an outage holds it back), and one active relay among several.
 */
@ExtendWith(TestKafka.class)
class KafkaRelayTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    EventLog log;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final String name = "test-" + UUID.randomUUID();
    private final List<KafkaRelay> started = new ArrayList<>();
    private SimpleMeterRegistry meters;
    private Parcels parcels;

    @BeforeEach
    void aBrandWithParcels() {
        parcels = new Parcels(publisher, transactionManager, jdbc);
    }

    @AfterEach
    void stopRelays() {
        started.forEach(KafkaRelay::stop);
    }

    @Test
    void every_committed_event_reaches_kafka_keyed_by_its_aggregate_with_its_id_type_version_and_brand_in_headers() {
        List<UUID> boxes = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        IntStream.rangeClosed(1, 10).forEach(n -> parcels.scan(boxes, n));
        parcels.scanAndRollBack(boxes.get(0));
        relay(name, Map.of(), new AtomicInteger());

        try (Reader reader = new Reader(name)) {
            List<Seen> seen = allOurs(reader);

            assertThat(reader.ends()).hasSize(TestKafka.PARTITIONS);
            assertThat(seen).extracting(Seen::eventId).containsExactlyInAnyOrderElementsOf(parcels.committed());
            assertThat(Parcels.scansInOrderSeen(seen)).containsOnlyKeys(boxes.stream().map(UUID::toString).toList())
                    .allSatisfy((box, scans) -> assertThat(scans).containsExactlyElementsOf(
                            IntStream.rangeClosed(1, 10).boxed().toList()));
            Seen first = seen.get(0);
            JsonNode envelope = Parcels.envelope(first);
            assertThat(first.type()).isEqualTo("test.relay.parcel-scanned");
            assertThat(envelope.get("id").asString()).isEqualTo(first.eventId().toString());
            assertThat(envelope.get("type").asString()).isEqualTo("test.relay.parcel-scanned");
            assertThat(envelope.get("version").asInt()).isEqualTo(3);
            assertThat(envelope.get("brandId").asString()).isEqualTo(parcels.brand.toString());
            assertThat(envelope.get("aggregateId").asString()).isEqualTo(first.key());
            assertThat(envelope.get("occurredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(envelope.get("data").get("aggregateId").asString()).isEqualTo(first.key());
        }
        assertSavedPastOurLastEvent();
    }

    @Test
    void a_broker_outage_holds_the_position_back_and_the_relay_resumes_when_the_broker_returns() {
        List<UUID> boxes = List.of(UUID.randomUUID(), UUID.randomUUID());
        parcels.scan(boxes, 1);
        AtomicInteger sends = new AtomicInteger();
        relay(name, Map.of("request.timeout.ms", "2000", "max.block.ms", "5000", "reconnect.backoff.max.ms", "300"),
                sends);
        try (Reader reader = new Reader(name)) {
            allOurs(reader);
            EventPosition before = Eventually.until("the position to be saved", PATIENCE, this::saved,
                    p -> p.compareTo(EventPosition.START) > 0);

            TestKafka.stopBroker();
            try {
                IntStream.rangeClosed(2, 6).forEach(n -> parcels.scan(boxes, n));
                Eventually.until("the relay to hold events it cannot send", PATIENCE,
                        () -> meters.get("oneshelf.events.kafka.lag").timeGauge().value(), lag -> lag > 0);
                pause(Duration.ofSeconds(3)); // the relay waits for Kafka, which does not answer
                assertThat(saved()).as("position while Kafka is away").isEqualTo(before);
                assertThat(parcels.ours(reader.poll())).hasSize(boxes.size());
            } finally {
                TestKafka.startBroker();
            }

            assertThat(Parcels.scansInOrderSeen(allOurs(reader))).allSatisfy((box, scans) -> assertThat(scans)
                    .containsExactly(1, 2, 3, 4, 5, 6));
        }
        assertSavedPastOurLastEvent();
    }

    @Test
    void of_two_relays_only_one_sends_and_the_other_takes_over_when_it_stops() {
        UUID box = UUID.randomUUID();
        AtomicInteger firstSends = new AtomicInteger();
        AtomicInteger secondSends = new AtomicInteger();
        KafkaRelay first = relay(name, Map.of(), firstSends);
        Eventually.until("the first relay to become active", PATIENCE, first::isActive, a -> a);
        KafkaRelay second = relay(name, Map.of(), secondSends);
        AtomicBoolean bothActive = watchForBothActive(first, second);
        try (Reader reader = new Reader(name)) {
            IntStream.rangeClosed(1, 5).forEach(n -> parcels.scan(List.of(box), n));
            allOurs(reader);
            pause(Duration.ofSeconds(1)); // several of the standby's tries at the lock

            assertThat(second.isActive()).isFalse();
            assertThat(secondSends).hasValue(0);
            assertThat(firstSends.get()).isPositive();

            first.stop();
            Eventually.until("the second relay to take over", PATIENCE, second::isActive, a -> a);
            IntStream.rangeClosed(6, 10).forEach(n -> parcels.scan(List.of(box), n));
            assertThat(Parcels.scansInOrderSeen(allOurs(reader)).get(box.toString()))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
            assertThat(secondSends.get()).isPositive();
        }
        assertThat(bothActive).as("both relays active at once").isFalse();
    }

    @Test
    void a_commit_with_events_wakes_the_relay_of_its_instance_before_its_next_poll() {
        UUID box = UUID.randomUUID();
        parcels.scan(List.of(box), 1);
        KafkaRelay relay = relay(name, Duration.ofMinutes(5), Map.of(), new AtomicInteger());
        RelayNudge nudge = new RelayNudge(relay);
        try (Reader reader = new Reader(name)) {
            allOurs(reader);
            Eventually.until("the relay to save its position", PATIENCE, this::saved,
                    p -> p.compareTo(EventPosition.START) > 0);

            new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                Parcels.ParcelScanned second = new Parcels.ParcelScanned(parcels.brand, box, 2);
                publisher.publishEvent(second);
                nudge.published(second); // as the listener bean of a server with Kafka configured would be
            });

            assertThat(Parcels.scansInOrderSeen(allOurs(reader)).get(box.toString())).containsExactly(1, 2);
        }
    }

    @Test
    void an_event_the_producer_refuses_stops_its_batch_so_that_no_later_event_of_its_aggregate_overtakes_it() {
        UUID box = UUID.randomUUID();
        IntStream.rangeClosed(1, 5).forEach(n -> parcels.scan(List.of(box), n));
        List<List<Integer>> handedPerProducer = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean refused = new AtomicBoolean();
        KafkaRelaySettings settings = new KafkaRelaySettings("unused:9092", name, null, name, Duration.ofMillis(50),
                Duration.ofMillis(50), 20, Map.of());
        KafkaRelay relay = new KafkaRelay(settings, log, new RelayLock(dataSource, name),
                new EventRecords(name, json), () -> {
                    List<Integer> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
                    handedPerProducer.add(handed);
                    return refusingScanThreeOnce(handed, refused);
                }, new SimpleMeterRegistry());
        relay.start();
        started.add(relay);

        Eventually.until("scan 5 handed to a producer", PATIENCE, () -> List.copyOf(handedPerProducer),
                producers -> producers.stream().anyMatch(handed -> handed.contains(5)));
        List<Integer> refusing = handedPerProducer.stream().filter(h -> h.contains(-3)).findFirst().orElseThrow();
        assertThat(refusing.get(refusing.size() - 1)).as("the last event the refusing producer was given").isEqualTo(-3);
        List<Integer> accepted = handedPerProducer.stream().flatMap(List::stream).filter(n -> n > 0).distinct()
                .toList();
        assertThat(accepted).containsExactly(1, 2, 3, 4, 5);
    }

    /** A producer that accepts everything except, once, scan 3 of our brand (noted as -3); notes our scans. */
    @SuppressWarnings("unchecked")
    private Producer<byte[], byte[]> refusingScanThreeOnce(List<Integer> handed, AtomicBoolean refused) {
        MockProducer<byte[], byte[]> mock = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        return (Producer<byte[], byte[]>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        JsonNode envelope = json.readTree((byte[]) ((ProducerRecord<?, ?>) args[0]).value());
                        if (envelope.get("brandId").asString().equals(parcels.brand.toString())) {
                            int n = envelope.get("data").get("n").asInt();
                            if (n == 3 && refused.compareAndSet(false, true)) {
                                handed.add(-3);
                                return CompletableFuture.failedFuture(new KafkaException("refused"));
                            }
                            handed.add(n);
                        }
                    }
                    return method.invoke(mock, args);
                });
    }

    /** Waits until every committed event of the brand has been read, and returns this brand's records. */
    private List<Seen> allOurs(Reader reader) {
        return Eventually.until("every committed event in Kafka", PATIENCE, () -> {
            List<Seen> ours = parcels.ours(reader.poll());
            return ours.stream().map(Seen::eventId).distinct().count() == parcels.committed().size() ? ours : null;
        }, ours -> ours != null);
    }

    private void assertSavedPastOurLastEvent() {
        EventPosition last = parcels.positions().values().stream().max(EventPosition::compareTo).orElseThrow();
        Eventually.until("the relay to save a position at or past " + last.token(), PATIENCE, this::saved,
                saved -> saved.compareTo(last) >= 0);
    }

    private EventPosition saved() {
        return jdbc.sql("select tx, seq from kafka_relay_offset where name = :name").param("name", name)
                .query((rs, i) -> new EventPosition(rs.getLong("tx"), rs.getLong("seq"))).optional()
                .orElse(EventPosition.START);
    }

    /** A relay like the server's, to this test's topic, counting the records its producers are asked to send. */
    private KafkaRelay relay(String relayName, Map<String, String> producerProperties, AtomicInteger sends) {
        return relay(relayName, Duration.ofMillis(100), producerProperties, sends);
    }

    private KafkaRelay relay(String relayName, Duration pollInterval, Map<String, String> producerProperties,
            AtomicInteger sends) {
        KafkaRelaySettings settings = new KafkaRelaySettings(TestKafka.bootstrapServers(), name, TestKafka.PARTITIONS,
                relayName, pollInterval, Duration.ofMillis(100), 20, producerProperties);
        KafkaTopic topic = new KafkaTopic(settings);
        KafkaRelay relay = new KafkaRelay(settings, log, new RelayLock(dataSource, relayName),
                new EventRecords(settings.topic(), json), () -> {
                    topic.ensure();
                    return counting(new KafkaProducer<>(KafkaRelayConfiguration.producerSettings(settings),
                            new ByteArraySerializer(), new ByteArraySerializer()), sends);
                }, meters = new SimpleMeterRegistry());
        relay.start();
        started.add(relay);
        return relay;
    }

    @SuppressWarnings("unchecked")
    private static Producer<byte[], byte[]> counting(Producer<byte[], byte[]> producer, AtomicInteger sends) {
        return (Producer<byte[], byte[]>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        sends.incrementAndGet();
                    }
                    try {
                        return method.invoke(producer, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static AtomicBoolean watchForBothActive(KafkaRelay first, KafkaRelay second) {
        AtomicBoolean seen = new AtomicBoolean();
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted() && first.isRunning()) {
                seen.compareAndSet(false, first.isActive() && second.isActive());
                Thread.onSpinWait();
            }
        }, "both-active-watch");
        watch.setDaemon(true);
        watch.start();
        return seen;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

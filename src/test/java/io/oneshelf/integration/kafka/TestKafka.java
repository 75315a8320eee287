package io.oneshelf.integration.kafka;

import io.oneshelf.support.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in this JVM) for the relay's tests, started by the first test class that uses this
 * extension and closed when the whole test run ends; and a consumer that reads a whole topic without a consumer
 * group.
 */
final class TestKafka implements BeforeAllCallback {

    static final int PARTITIONS = 3;
    private static volatile Broker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = context.getRoot().getStore(ExtensionContext.Namespace.create(TestKafka.class))
                .computeIfAbsent(Broker.class, type -> Broker.started(), Broker.class);
    }

    static String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Stops the broker (its controller stays up), as an outage would. */
    static void stopBroker() {
        for (BrokerServer server : broker.getCluster().brokers().values()) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    static void startBroker() {
        for (BrokerServer server : broker.getCluster().brokers().values()) {
            server.startup();
        }
    }

    /**
     * spring-kafka-test 4.1's KRaft broker on Kafka 4.3: its address comes from the test kit's
     * {@code bootstrapServers()}, since the {@code clientProperties()} that spring-kafka-test 4.1 asks for is gone
     * from Kafka 4.3's test kit.
     */
    private static final class Broker extends EmbeddedKafkaKraftBroker implements AutoCloseable {

        private Broker() {
            super(1, PARTITIONS);
        }

        static Broker started() {
            Broker broker = new Broker();
            broker.brokerProperty("auto.create.topics.enable", "false");
            broker.afterPropertiesSet();
            return broker;
        }

        @Override
        public String getBrokersAsString() {
            return getCluster().bootstrapServers();
        }

        @Override
        public void close() {
            destroy();
        }
    }

    /** A record as a consumer sees it: where it sits, its key and the headers the relay sets. */
    record Seen(int partition, long offset, String key, UUID eventId, String type, UUID brandId, String value) {
    }

    /** Reads a topic from the beginning, without a consumer group; {@link #poll()} returns what arrived since. */
    static final class Reader implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final List<Seen> seen = new ArrayList<>();

        Reader(String topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<PartitionInfo> partitions = Eventually.until("the topic " + topic + " to exist",
                    Duration.ofSeconds(60), () -> partitions(topic), p -> !p.isEmpty());
            consumer.assign(partitions.stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toList()));
            consumer.seekToBeginning(consumer.assignment());
        }

        private List<PartitionInfo> partitions(String topic) {
            try {
                return consumer.partitionsFor(topic, Duration.ofSeconds(2));
            } catch (org.apache.kafka.common.errors.TimeoutException notYet) {
                return List.of();
            }
        }

        /** Everything read so far, in the order read (per partition: the order in Kafka). */
        List<Seen> poll() {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Seen(r.partition(), r.offset(), text(r.key()),
                        UUID.fromString(header(r, EventRecords.EVENT_ID)), header(r, EventRecords.EVENT_TYPE),
                        UUID.fromString(header(r, EventRecords.BRAND_ID)), text(r.value())));
            }
            return List.copyOf(seen);
        }

        /** The offset each partition's next record will get. */
        Map<Integer, Long> ends() {
            return consumer.endOffsets(consumer.assignment()).entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue));
        }

        @Override
        public void close() {
            consumer.close();
        }

        private static String header(ConsumerRecord<?, ?> record, String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : text(header.value());
        }

        private static String text(byte[] bytes) {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }
}

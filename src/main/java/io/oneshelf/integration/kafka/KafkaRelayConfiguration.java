package io.oneshelf.integration.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.oneshelf.platform.events.EventLog;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The Kafka relay, only where {@code oneshelf.events.kafka.bootstrap-servers} is set (decision 0023). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "oneshelf.events.kafka", name = "bootstrap-servers")
class KafkaRelayConfiguration {

    @Bean
    KafkaRelay kafkaRelay(KafkaRelaySettings settings, EventLog events, DataSource dataSource, JsonMapper json,
            MeterRegistry meters) {
        KafkaTopic topic = new KafkaTopic(settings);
        return new KafkaRelay(settings, events, new RelayLock(dataSource, settings.relayName()),
                new EventRecords(settings.topic(), json), () -> {
                    topic.ensure();
                    return new KafkaProducer<>(producerSettings(settings), new ByteArraySerializer(),
                            new ByteArraySerializer());
                }, meters);
    }

    @Bean
    RelayNudge kafkaRelayNudge(KafkaRelay relay) {
        return new RelayNudge(relay);
    }

    /**
     * The operator's settings, then the relay's guarantees on top: an idempotent producer (no duplicates from its
     * own retries, no reordering within a partition with up to 5 requests in flight) that counts an event sent
     * only when every in-sync replica has it, and that never gives up on an event it holds. A producer that gave up
     * after a delivery timeout could still deliver the events queued behind it; then an aggregate's later event
     * would reach Kafka before its earlier one. So an outage stalls the relay until Kafka is back.
     */
    static Map<String, Object> producerSettings(KafkaRelaySettings settings) {
        Map<String, Object> producer = new HashMap<>(settings.properties());
        producer.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "oneshelf-relay-" + settings.relayName());
        producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        producer.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
        producer.merge(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                (given, most) -> Integer.parseInt(given.toString()) > 5 ? most : given);
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return producer;
    }
}

package io.oneshelf.integration.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional relay of every business event to Kafka (decision 0023). Off unless {@code bootstrapServers} is set.
 *
 * @param bootstrapServers the Kafka cluster, {@code host:port,host:port}; unset = no relay
 * @param topic            the one topic every event goes to, keyed by aggregate id
 * @param partitions       partitions of the topic when the relay creates it; unset = the broker's default
 * @param relayName        names the relay's stored position and its lock: relays to two clusters need two names
 * @param pollInterval     how often the active relay looks for new events when nothing woke it
 * @param takeoverCheck    how often a standby instance tries to become the active relay
 * @param batchSize        events sent, acknowledged and checkpointed together
 * @param properties       further Kafka producer settings (security, compression, timeouts); the relay's own
 *                         delivery guarantees (idempotence, acks=all, at most 5 requests in flight) always win
 */
@ConfigurationProperties("oneshelf.events.kafka")
public record KafkaRelaySettings(String bootstrapServers, String topic, Integer partitions, String relayName,
        Duration pollInterval, Duration takeoverCheck, Integer batchSize, Map<String, String> properties) {

    public KafkaRelaySettings {
        topic = topic == null || topic.isBlank() ? "oneshelf.events" : topic;
        relayName = relayName == null || relayName.isBlank() ? "default" : relayName;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        takeoverCheck = takeoverCheck == null ? Duration.ofSeconds(1) : takeoverCheck;
        batchSize = batchSize == null ? 500 : batchSize;
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}

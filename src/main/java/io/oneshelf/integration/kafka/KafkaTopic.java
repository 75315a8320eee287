package io.oneshelf.integration.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the relay's topic if it is missing, with the configured partitions and the broker's default replication.
 * Where the relay may not create topics (ACLs, auto-creation off), an operator creates it and this only logs.
 */
final class KafkaTopic {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopic.class);

    private final KafkaRelaySettings settings;
    private volatile boolean ensured;

    KafkaTopic(KafkaRelaySettings settings) {
        this.settings = settings;
    }

    void ensure() {
        if (ensured) {
            return;
        }
        Map<String, Object> admin = new HashMap<>(settings.properties());
        admin.keySet().retainAll(AdminClientConfig.configNames());
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(settings.topic(), Optional.ofNullable(settings.partitions()),
                    Optional.empty()))).all().get(30, TimeUnit.SECONDS);
            log.info("Created the Kafka topic {}", settings.topic());
            ensured = true;
        } catch (ExecutionException e) {
            ensured = e.getCause() instanceof TopicExistsException;
            if (!ensured) {
                log.warn("Could not create the Kafka topic {}; create it, or the broker will with its defaults",
                        settings.topic(), e.getCause());
            }
        } catch (TimeoutException e) {
            log.warn("Kafka did not answer about the topic {} in time", settings.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.integration.webhook.WebhookDeliveries.NewDelivery;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throughput does not hang on the poll interval: with polls ten minutes apart (none happens during the test) and two
 * workers, deliveries the dispatcher makes go out at once, and one poll works a backlog of many times its workers
 * through. Before, a poll took one delivery per free worker and left the rest for the next poll.
 */
@TestPropertySource(properties = {"oneshelf.webhooks.poll=PT10M", "oneshelf.webhooks.workers=2"})
class WebhookBacklogTest extends ApiTest {

    private static final int BACKLOG = 12;
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    TestEvents events;
    @Autowired
    TransactionTemplate transactions;

    private WebhookReceiver receiver;
    private Brand brand;
    private UUID endpoint;

    @BeforeEach
    void anEndpointOnASlowishReceiver() {
        receiver = new WebhookReceiver().delay(20);
        brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        endpoint = UUID.fromString(api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url(),
                "eventTypes", List.of("test.thing.happened"))).id());
    }

    @AfterEach
    void closeReceiverAndRemoveEndpoints() {
        receiver.close();
        brands.jdbc().sql("delete from webhook_endpoint where tenant_id = :t").param("t", brand.tenantId()).update();
    }

    @Test
    void deliveries_made_by_the_dispatcher_go_out_at_once_without_waiting_for_a_poll() {
        List<UUID> published = IntStream.range(0, BACKLOG)
                .mapToObj(i -> events.thingHappened(brand.tenantId(), "backlog " + i)).toList();

        dispatcher.poll();

        Eventually.until("every event delivered without a worker poll", WAIT, this::receivedNotes,
                notes -> notes.size() == BACKLOG);
        assertThat(published).hasSize(BACKLOG);
        assertThat(receiver.received()).hasSize(BACKLOG);
    }

    @Test
    void one_poll_works_through_a_backlog_many_times_its_workers() {
        transactions.executeWithoutResult(tx -> deliveries.insert(IntStream.range(0, BACKLOG)
                .mapToObj(i -> new NewDelivery(brand.tenantId(), endpoint, UUID.randomUUID(), "test.thing.happened",
                        "{\"note\":\"direct " + i + "\"}", false, null)).toList()));

        worker.poll();

        Eventually.until("the whole backlog delivered after one poll", WAIT, () -> receiver.received().size(),
                n -> n == BACKLOG);
        assertThat(receiver.received().stream().map(r -> r.header("webhook-id")).distinct()).hasSize(BACKLOG);
    }

    private Set<String> receivedNotes() {
        return receiver.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
    }
}

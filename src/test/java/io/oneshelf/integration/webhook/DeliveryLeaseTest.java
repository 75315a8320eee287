package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.integration.webhook.WebhookDeliveries.Claim;
import io.oneshelf.integration.webhook.WebhookDeliveries.NewDelivery;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.WebhookReceiver;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery leases: a worker killed mid-attempt loses nothing (its lease runs out and the attempt is taken again),
 * and workers of several instances on one database never deliver the same attempt twice.
 */
class DeliveryLeaseTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookProperties properties;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    javax.sql.DataSource dataSource;

    private WebhookReceiver receiver;
    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrandAndAReceiver() {
        receiver = new WebhookReceiver();
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    /** The brand's endpoints go with their deliveries: nothing of this test is retried under the next one. */
    @AfterEach
    void closeReceiverAndRemoveEndpoints() {
        receiver.close();
        brands.jdbc().sql("delete from webhook_endpoint where tenant_id = :t").param("t", brand.tenantId()).update();
    }

    @Test
    void an_attempt_whose_worker_died_is_taken_again_when_its_lease_ends_and_the_dead_worker_records_nothing()
            throws Exception {
        UUID endpoint = UUID.fromString(api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()))
                .id());
        UUID event = UUID.randomUUID();
        // a worker takes the attempt (its lease: 2 s) and is killed before it sends anything
        Claim dead = transactions.execute(tx -> {
            UUID id = deliveries.insert(List.of(new NewDelivery(brand.tenantId(), endpoint, event, "test.lease",
                    "{\"lease\":true}", false, null))).get(0);
            return deliveries.claim(1000, Duration.ofSeconds(2)).stream().filter(c -> c.id().equals(id))
                    .findFirst().orElseThrow();
        });
        assertThat(dead.attempt()).isEqualTo(1);

        Thread.sleep(1000);
        assertThat(receiver.withId(event.toString())).as("nobody delivers while the lease holds").isEmpty();

        Eventually.until("the attempt taken again after the lease", WAIT,
                () -> api.get("/api/v1/webhook-deliveries/" + dead.id(), admin).body(),
                d -> d.get("status").asString().equals("DELIVERED"));
        assertThat(receiver.withId(event.toString())).hasSize(1);
        var delivered = api.get("/api/v1/webhook-deliveries/" + dead.id(), admin).body();
        assertThat(delivered.get("attempts").asInt()).isEqualTo(2);

        // the dead worker wakes up: its lease is gone, so what it says is not recorded
        boolean recorded = deliveries.finish(dead, new DeliveryAttempt(1, OffsetDateTime.now(), 500, 1, "late",
                null), Duration.ofSeconds(1));
        assertThat(recorded).isFalse();
        assertThat(api.get("/api/v1/webhook-deliveries/" + dead.id(), admin).body().get("status").asString())
                .isEqualTo("DELIVERED");
    }

    @Test
    void workers_of_two_instances_on_one_database_never_deliver_the_same_attempt_twice() throws Exception {
        receiver.delay(20);
        UUID endpoint = UUID.fromString(api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()))
                .id());
        // two more instances' workers, polling as fast as they can beside this server's own
        List<DeliveryWorker> instances = List.of(newWorker(), newWorker());
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(instances.size());
        List<Thread> threads = new ArrayList<>();
        for (DeliveryWorker worker : instances) {
            Thread thread = new Thread(() -> {
                started.countDown();
                while (running.get()) {
                    worker.poll();
                }
            });
            thread.start();
            threads.add(thread);
        }
        started.await();
        int count = 60;
        transactions.executeWithoutResult(tx -> deliveries.insert(java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new NewDelivery(brand.tenantId(), endpoint, UUID.randomUUID(), "test.race",
                        "{\"n\":" + i + "}", false, null)).toList()));
        try {
            Eventually.until("every delivery delivered", WAIT,
                    () -> brands.jdbc().sql("select count(*) from webhook_delivery where endpoint_id = :e"
                            + " and status = 'DELIVERED'").param("e", endpoint).query(Integer.class).single(),
                    n -> n == count);
        } finally {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            for (DeliveryWorker worker : instances) {
                worker.destroy();
            }
        }
        Map<String, Long> perId = receiver.received().stream()
                .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
        assertThat(perId).hasSize(count);
        assertThat(perId.values()).allMatch(n -> n == 1);
        assertThat(brands.jdbc().sql("select max(attempts) from webhook_delivery where endpoint_id = :e")
                .param("e", endpoint).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_claim_takes_no_more_than_its_limit_from_a_large_backlog() {
        UUID endpoint = UUID.fromString(api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()))
                .id());
        // in one transaction that is rolled back: no worker of the server sees these rows
        transactions.executeWithoutResult(tx -> {
            deliveries.insert(java.util.stream.IntStream.range(0, 5000)
                    .mapToObj(i -> new NewDelivery(brand.tenantId(), endpoint, UUID.randomUUID(), "test.backlog",
                            "{\"n\":" + i + "}", false, null)).toList());
            brands.jdbc().sql("analyze webhook_delivery").update();
            for (int limit : new int[] {1, 3, 8, 64}) {
                assertThat(deliveries.claim(limit, Duration.ofMinutes(1))).as("claim(%d)", limit).hasSize(limit);
            }
            tx.setRollbackOnly();
        });
    }

    @Test
    void an_outcome_batch_that_loses_a_deadlock_is_written_again() throws Exception {
        UUID endpoint = UUID.fromString(api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()))
                .id());
        brands.jdbc().sql("update webhook_endpoint set failing_since = now() where id = :e").param("e", endpoint)
                .update();
        // claimed with the insert, for ten minutes: the server's own workers never see it
        Claim claim = transactions.execute(tx -> {
            UUID id = deliveries.insert(List.of(new NewDelivery(brand.tenantId(), endpoint, UUID.randomUUID(),
                    "test.deadlock", "{}", false, null))).get(0);
            return deliveries.claim(1000, Duration.ofMinutes(10)).stream().filter(c -> c.id().equals(id))
                    .findFirst().orElseThrow();
        });
        OutcomeRecorder recorder = new OutcomeRecorder(deliveries, endpoints, transactions);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // another transaction holds the endpoint: the recorder updates the delivery, then waits for it
            exec(other, "select 1 from webhook_endpoint where id = '" + endpoint + "' for update");
            var written = java.util.concurrent.CompletableFuture.supplyAsync(() -> recorder.write(List.of(
                    new OutcomeRecorder.Outcome(claim, new DeliveryAttempt(1, OffsetDateTime.now(), 200, 1, "ok",
                            null), null))));
            Eventually.until("the recorder waiting for the endpoint", WAIT,
                    () -> brands.jdbc().sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and query like 'update webhook_endpoint%'").query(Integer.class).single(),
                    n -> n == 1);
            // ... and then wants the delivery the recorder holds: PostgreSQL breaks the cycle by failing the one
            // that waited first, the recorder's batch
            exec(other, "update webhook_delivery set last_error = 'touched' where id = '" + claim.id() + "'");
            other.commit();
            assertThat(written.get(30, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(claim.id());
        } finally {
            recorder.stop();
        }
        assertThat(brands.jdbc().sql("select status from webhook_delivery where id = :d").param("d", claim.id())
                .query(String.class).single()).isEqualTo("DELIVERED");
        assertThat(brands.jdbc().sql("select failing_since is null from webhook_endpoint where id = :e")
                .param("e", endpoint).query(Boolean.class).single()).isTrue();
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private DeliveryWorker newWorker() {
        return new DeliveryWorker(deliveries, endpoints, sender, properties, transactions);
    }
}

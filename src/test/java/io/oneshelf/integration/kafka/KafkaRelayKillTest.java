package io.oneshelf.integration.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.OneShelfApplication;
import io.oneshelf.integration.kafka.TestKafka.Reader;
import io.oneshelf.integration.kafka.TestKafka.Seen;
import io.oneshelf.platform.events.EventPosition;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The relay in a real server process that is killed ({@code kill -9}) while it relays a backlog, then started
 * again, while this JVM's server keeps committing events into the same database: a consumer of the topic sees
 * every committed event at least once, exactly once after dropping copies by the {@code event-id} header, and
 * each aggregate's events in the order they were committed.
 */
@ExtendWith(TestKafka.class)
class KafkaRelayKillTest extends ApiTest {

    private static final int BOXES = 40;
    private static final int SCANS_BEFORE_KILL = 100;
    private static final int SCANS = 120;
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path logs;

    private final String topic = "kill-" + UUID.randomUUID();
    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(Process::destroyForcibly);
    }

    @Test
    void a_relay_killed_mid_batch_loses_nothing_and_its_successor_resends_what_it_had_not_checkpointed()
            throws Exception {
        Parcels parcels = new Parcels(publisher, transactionManager, jdbc);
        List<UUID> boxes = IntStream.range(0, BOXES).mapToObj(i -> UUID.randomUUID()).toList();
        CompletableFuture<Void> backlog = scanInTwoThreads(parcels, boxes, 1, SCANS_BEFORE_KILL);
        parcels.scanAndRollBack(boxes.get(0));
        Process first = startServer("first");

        try (Reader reader = new Reader(topic)) {
            relayAroundAKill(parcels, boxes, backlog, first, reader);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + serverLogs(), e);
        }
    }

    private void relayAroundAKill(Parcels parcels, List<UUID> boxes, CompletableFuture<Void> backlog, Process first,
            Reader reader) throws Exception {
        backlog.get(2, TimeUnit.MINUTES);
        Eventually.until("the first server to relay a part of the backlog", PATIENCE,
                () -> parcels.ours(reader.poll()).size(), n -> n >= BOXES * SCANS_BEFORE_KILL / 4);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no last offset save
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        EventPosition savedAtKill = saved();
        Map<Integer, Long> endsAtKill = reader.ends();

        startServer("second");
        scanInTwoThreads(parcels, boxes, SCANS_BEFORE_KILL + 1, SCANS).get(2, TimeUnit.MINUTES);
        List<UUID> committed = parcels.committed();
        List<Seen> seen = Eventually.until("every committed event in Kafka", PATIENCE,
                () -> parcels.ours(reader.poll()), ours -> distinctIds(ours).size() >= committed.size());

        assertThat(committed).hasSize(BOXES * SCANS);
        assertThat(distinctIds(seen)).isEqualTo(new HashSet<>(committed));
        assertThat(Parcels.scansInOrderSeen(seen)).hasSize(BOXES).allSatisfy((box, scans) -> assertThat(scans)
                .as("scans of parcel %s, in the order a consumer sees them after dropping copies", box)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, SCANS).boxed().toList()));
        assertResent(seen, endsAtKill, savedAtKill, parcels.positions());
    }

    /**
     * Every event the killed server had sent beyond the position it had saved is sent again by its successor (a
     * kill between two batches leaves nothing to resend, so this may hold trivially).
     */
    private static void assertResent(List<Seen> seen, Map<Integer, Long> endsAtKill, EventPosition savedAtKill,
            Map<UUID, EventPosition> positions) {
        List<Seen> beforeKill = seen.stream().filter(s -> s.offset() < endsAtKill.get(s.partition())).toList();
        Set<UUID> sentAfterKill = distinctIds(seen.stream()
                .filter(s -> s.offset() >= endsAtKill.get(s.partition())).toList());
        List<UUID> unsaved = beforeKill.stream().map(Seen::eventId)
                .filter(id -> positions.get(id).compareTo(savedAtKill) > 0).toList();
        System.out.printf("Killed with %d of our events in Kafka, %d of them after the saved position; %d copies "
                          + "in all%n", beforeKill.size(), unsaved.size(), seen.size() - distinctIds(seen).size());
        assertThat(sentAfterKill).containsAll(unsaved);
    }

    private static Set<UUID> distinctIds(List<Seen> seen) {
        Set<UUID> ids = new HashSet<>();
        seen.forEach(s -> ids.add(s.eventId()));
        return ids;
    }

    /** Two writers, each scanning its half of the parcels, one transaction per round. */
    private static CompletableFuture<Void> scanInTwoThreads(Parcels parcels, List<UUID> boxes, int from, int to) {
        List<UUID> left = boxes.subList(0, boxes.size() / 2);
        List<UUID> right = boxes.subList(boxes.size() / 2, boxes.size());
        return CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> IntStream.rangeClosed(from, to).forEach(n -> parcels.scan(left, n))),
                CompletableFuture.runAsync(() -> IntStream.rangeClosed(from, to).forEach(n -> parcels.scan(right, n))));
    }

    private EventPosition saved() {
        return jdbc.sql("select tx, seq from kafka_relay_offset where name = :name").param("name", topic)
                .query((rs, i) -> new EventPosition(rs.getLong("tx"), rs.getLong("seq"))).optional()
                .orElse(EventPosition.START);
    }

    /** A OneShelf server in a process of its own on this test's database, relaying to this test's topic. */
    private Process startServer(String which) throws IOException {
        HikariDataSource db = (HikariDataSource) dataSource;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = logs.resolve(which + ".log");
        Process server = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OneShelfApplication.class.getName(),
                "--spring.profiles.active=test", "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=" + db.getJdbcUrl(), "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                "--spring.datasource.hikari.maximum-pool-size=4", "--oneshelf.events.listener-threads=1",
                "--oneshelf.demo.enabled=false",
                "--oneshelf.events.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--oneshelf.events.kafka.topic=" + topic, "--oneshelf.events.kafka.relay-name=" + topic,
                "--oneshelf.events.kafka.partitions=" + TestKafka.PARTITIONS,
                "--oneshelf.events.kafka.batch-size=200", "--oneshelf.events.kafka.poll-interval=50ms",
                "--oneshelf.events.kafka.takeover-check=200ms"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        servers.add(server);
        System.out.printf("Started the %s relaying server, pid %d, log %s%n", which, server.pid(), log);
        return server;
    }

    private String serverLogs() {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(logs)) {
            files.sorted().forEach(log -> all.append("\n--- ").append(log.getFileName()).append(" (last lines)\n")
                    .append(tail(log)));
        } catch (IOException e) {
            all.append("\n(no server logs: ").append(e.getMessage()).append(')');
        }
        return all.toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

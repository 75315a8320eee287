package io.oneshelf.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a data folder that survives restarts.
 *
 * <p>After the JVM was killed with SIGKILL, the postmaster it started keeps running and still owns the folder
 * and the port. We stop that orphan cleanly (SIGINT = fast shutdown: committed data is already durable in the
 * WAL) and remove a lock file whose process is gone, then start normally; PostgreSQL replays its WAL itself.
 * One instance per folder per JVM: test contexts that share a folder share the server, and it stops with the
 * JVM, not with whichever context closes first. It stops only once the connection pools on it are closed (or
 * after 15 s): the JVM runs the contexts' shutdown hooks and ours at the same time, and a context that still
 * needs the database while closing (the event publication registry counts unfinished publications) would
 * otherwise wait out the pool's connection timeout on a stopped server.
 */
public final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Map<Path, EmbeddedPostgres> running = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger openPools =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final long STOP_WAIT_MILLIS = 15_000;

    /** A connection pool on an embedded server opened; the server outlives it at JVM exit. */
    static void poolOpened() {
        openPools.incrementAndGet();
    }

    static void poolClosed() {
        openPools.decrementAndGet();
    }

    private EmbeddedPostgresLauncher() {
    }

    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, true, Map.of());
    }

    /**
     * @param durable false only for throw-away test databases: skips fsync, which the embedded library turns
     *                off by default and which we turn back on, because a commit must survive a power cut too
     */
    public static synchronized EmbeddedPostgres start(Path dataDir, int port, boolean durable,
                                                      Map<String, String> settings) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgres existing = running.get(dir);
        if (existing != null) {
            return existing;
        }
        Path pgData = dir.resolve("pg");
        Files.createDirectories(pgData);
        stopOrphanPostmaster(pgData);
        EmbeddedPostgres postgres = startWithRetries(pgData, port, durable, settings);
        log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), pgData);
        running.put(dir, postgres);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWhenUnused(postgres), "embedded-postgres-stop"));
        return postgres;
    }

    static void stopOrphanPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (orphan.isEmpty()) {
            // The postmaster died too. PostgreSQL itself recognises a stale lock file and refuses to start while
            // any of the dead postmaster's children still use its shared memory; those exit on their own once
            // they notice their parent is gone, so the start below is retried until they have.
            log.warn("Found {} of a PostgreSQL that is no longer running; PostgreSQL will recover", pidFile);
            return;
        }
        log.warn("Stopping orphaned PostgreSQL (pid {}) left running by a previous crash", orphan.get().pid());
        interrupt(orphan.get().pid());
        try {
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Orphaned PostgreSQL pid " + orphan.get().pid() + " did not stop", e);
        }
    }

    private static EmbeddedPostgres startWithRetries(Path pgData, int port, boolean durable,
                                                     Map<String, String> settings) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= 10; attempt++) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                settings.forEach(builder::setServerConfig);
                return builder
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPort(port == 0 ? freePort() : port)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("fsync", durable ? "on" : "off")
                        .setServerConfig("synchronous_commit", durable ? "on" : "off")
                        .setServerConfig("full_page_writes", durable ? "on" : "off")
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("timezone", "UTC")
                        .start();
            } catch (IOException | RuntimeException e) {
                last = e instanceof IOException io ? io : new IOException(e);
                log.warn("Embedded PostgreSQL did not start (attempt {}): {}", attempt, e.getMessage());
                sleep(1000L * attempt);
            }
        }
        throw last;
    }

    private static void stopWhenUnused(EmbeddedPostgres postgres) {
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        while (openPools.get() > 0 && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void interrupt(long pid) throws IOException {
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(pid))).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

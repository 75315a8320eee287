package io.oneshelf.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Eventually;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After {@code kill -9} of the server, the next start recovers by itself and keeps every committed row. */
class EmbeddedDatabaseRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void a_server_killed_with_sigkill_leaves_an_orphan_postmaster_that_the_next_start_replaces() throws Exception {
        long postmaster = crash("first");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        assertThat(restartAndRead()).containsExactly("first");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void a_postmaster_killed_too_leaves_a_stale_lock_file_that_the_next_start_ignores() throws Exception {
        long postmaster = crash("second");
        ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL the postmaster too
        waitUntilDead(postmaster);
        assertThat(dataDir.resolve("pg/postmaster.pid")).exists();

        assertThat(restartAndRead()).containsExactly("second");
    }

    /** Runs a server process that commits a row, then SIGKILLs it; returns its postmaster's pid. */
    private long crash(String note) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingServer.class.getName(), dataDir.toString(), note)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream()));
        String line;
        long postmaster = -1;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                postmaster = Long.parseLong(line.substring(6).trim());
                break;
            }
        }
        assertThat(postmaster).as("server process reported ready").isPositive();
        server.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return postmaster;
    }

    private List<String> restartAndRead() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(dataDir, 0);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select note from survivor")) {
            List<String> notes = new ArrayList<>();
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
            return notes;
        } finally {
            postgres.close();
        }
    }

    /** Until the process is gone from /proc: dead and reaped, so that its pid in the lock file names no process. */
    private static void waitUntilDead(long pid) {
        Path proc = Path.of("/proc/" + pid);
        Eventually.until("postmaster " + pid + " to be gone", Duration.ofSeconds(10), () -> Files.exists(proc),
                exists -> !exists);
    }
}

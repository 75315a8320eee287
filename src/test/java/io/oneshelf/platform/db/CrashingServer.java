package io.oneshelf.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Stands in for a server process in {@link EmbeddedDatabaseRecoveryTest}: starts the embedded database on a
 * folder, commits a row, reports the postmaster pid, then waits to be killed.
 */
public final class CrashingServer {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(args[0]), 0);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists survivor(note text)");
            s.execute("insert into survivor values ('" + args[1] + "')");
        }
        String pid = java.nio.file.Files.readAllLines(Path.of(args[0], "pg", "postmaster.pid")).get(0);
        System.out.println("READY " + pid);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

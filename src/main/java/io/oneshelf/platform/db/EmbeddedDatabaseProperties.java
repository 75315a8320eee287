package io.oneshelf.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on (0 picks a free port).
 * The data folder {@code temp} means a throw-away folder, one per JVM (tests). {@code settings} are extra
 * PostgreSQL server settings, e.g. {@code shared_preload_libraries: pg_stat_statements} to see where the
 * database's time goes in a benchmark.
 */
@ConfigurationProperties("oneshelf.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, Integer port, Boolean durable, Map<String, String> settings) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
        port = port == null ? 54329 : port;
        durable = durable == null || durable;
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    private static Path temp;

    Path dataPath() {
        if (!"temp".equals(dataDir)) {
            return Path.of(dataDir);
        }
        synchronized (EmbeddedDatabaseProperties.class) {
            if (temp == null) {
                try {
                    temp = Files.createTempDirectory("oneshelf-db-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return temp;
        }
    }
}

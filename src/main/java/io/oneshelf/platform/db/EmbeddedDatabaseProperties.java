package io.oneshelf.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on (0 picks a free port).
 */
@ConfigurationProperties("oneshelf.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, Integer port) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
        port = port == null ? 54329 : port;
    }
}

package io.oneshelf.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no external database is configured, so a newcomer needs
 * nothing but a JDK. Production points {@code spring.datasource.url} at its own PostgreSQL and this is skipped.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return EmbeddedPostgresLauncher.start(properties.dataPath(), properties.port(), properties.durable(),
                properties.settings());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource() {
            @Override
            public void close() {
                if (!isClosed()) {
                    super.close();
                    EmbeddedPostgresLauncher.poolClosed();
                }
            }
        };
        EmbeddedPostgresLauncher.poolOpened();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("oneshelf-embedded");
        return ds;
    }
}

package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.OneShelfApplication;
import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Metrics reveal a brand's business volumes: signed-in callers with the metrics permission only; health stays open. */
class MetricsAccessTest extends ApiTest {

    private static final String METRICS = "/actuator/prometheus";

    @Autowired
    DataSource dataSource;

    @Test
    void metrics_need_a_caller_with_the_metrics_permission_while_health_stays_open() {
        Brand brand = brands.aBrand();

        Reply anonymous = metrics(api, null);
        Reply cashier = metrics(api, api.login(brand.login("cashier"), BrandFixture.PASSWORD));
        Reply admin = metrics(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.body().get("type").asString()).endsWith("/unauthorized");
        assertThat(cashier.status()).isEqualTo(403);
        assertThat(cashier.header("Content-Type")).startsWith("application/problem+json");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.raw()).contains("http_server_requests_seconds");
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void metrics_are_open_on_the_configured_management_port_only() throws IOException {
        int managementPort = aFreePort();
        HikariDataSource db = (HikariDataSource) dataSource;
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(OneShelfApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + db.getJdbcUrl(),
                        "spring.datasource.username=" + db.getUsername(),
                        "spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                        "management.server.port=" + managementPort,
                        "oneshelf.security.open-metrics-port=" + managementPort)
                .run()) {
            int mainPort = ((WebServerApplicationContext) server).getWebServer().getPort();

            assertThat(metrics(new Api("http://127.0.0.1:" + managementPort), null).status()).isEqualTo(200);
            assertThat(metrics(new Api("http://127.0.0.1:" + mainPort), null).status()).isEqualTo(401);
        }
    }

    /** As Prometheus asks: plain text. */
    private static Reply metrics(Api server, String token) {
        return server.send("GET", METRICS, token, null, null, Map.of("Accept", "text/plain"));
    }

    private static int aFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

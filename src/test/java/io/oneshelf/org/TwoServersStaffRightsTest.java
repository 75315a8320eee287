package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.OneShelfApplication;
import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A change made through one server instance is applied by another within moments. The other instance would
 * trust what it read for a whole minute: only the change notification can make it refuse in time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersStaffRightsTest extends ApiTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext second;
    private Api other;

    @BeforeAll
    void startASecondInstance() {
        HikariDataSource db = (HikariDataSource) dataSource;
        second = new SpringApplicationBuilder(OneShelfApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + db.getJdbcUrl(),
                        "spring.datasource.username=" + db.getUsername(),
                        "spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                        "oneshelf.security.account-cache-ttl=60s")
                .run();
    }

    @BeforeEach
    void connectToTheSecondInstance() {
        other = new Api("http://127.0.0.1:" + ((WebServerApplicationContext) second).getWebServer().getPort());
    }

    @AfterAll
    void stopTheSecondInstance() {
        second.close();
    }

    @Test
    void an_account_disabled_on_one_instance_is_refused_by_the_other_within_moments() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        assertThat(other.get("/api/v1/me", cashier).status()).as("the other instance knows the account").isEqualTo(200);

        assertThat(api.post("/api/v1/staff/" + idOf(admin, brand.login("cashier")) + "/disable", admin, Map.of())
                .status()).isEqualTo(200);

        Reply refused = Eventually.until("the other instance to refuse the disabled cashier", PROMPTLY,
                () -> other.get("/api/v1/me", cashier), r -> r.status() == 401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_manager_demoted_on_one_instance_cannot_create_staff_on_the_other_within_moments() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        assertThat(other.get("/api/v1/staff", manager).status()).isEqualTo(200);
        String id = idOf(admin, brand.login("manager"));
        int version = api.get("/api/v1/staff/" + id, admin).body().get("version").asInt();

        assertThat(api.put("/api/v1/staff/" + id + "/role", admin, Map.of("role", "CASHIER", "scopeType", "STORE",
                "scopeId", brand.storeId(), "version", version)).status()).isEqualTo(200);

        Eventually.until("the other instance to apply the demotion", PROMPTLY,
                () -> other.get("/api/v1/staff", manager), r -> r.status() == 403);
        long staff = brands.count("staff", brand.tenantId());
        assertThat(other.post("/api/v1/staff", manager, Map.of("login", "late@" + brand.code(), "displayName", "Late",
                "role", "GUIDE", "scopeType", "STORE", "scopeId", brand.storeId())).status()).isEqualTo(403);
        assertThat(brands.count("staff", brand.tenantId())).isEqualTo(staff);
    }

    private String idOf(String admin, String login) {
        // "manager@…" also finds "othermanager@…"
        return api.get("/api/v1/staff?q=" + login, admin).body().get("items").valueStream()
                .filter(s -> s.get("login").asString().equals(login)).findFirst().orElseThrow().get("id").asString();
    }
}

package io.oneshelf.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Jobs left behind by a server that stopped: running ones end as FAILED, queued ones still run. */
class ImportRecoveryTest extends ApiTest {

    @Autowired
    ImportRunner runner;

    private Brand brand;
    private String admin;
    private String actor;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/categories", admin, Map.of("code", "TEA", "name", "奶茶")).status())
                .isEqualTo(201);
        actor = api.get("/api/v1/me", admin).body().get("id").asString();
    }

    /** A job row as a server would leave it, with the heartbeat {@code silentMinutes} ago. */
    private UUID aJobLeftBehind(String status, int silentMinutes) {
        UUID id = UUID.randomUUID();
        String actorJson = "{\"kind\":\"STAFF\",\"id\":\"" + actor + "\",\"tenantId\":\"" + brand.tenantId()
                           + "\",\"name\":\"admin\",\"role\":\"HQ_ADMIN\",\"scopeType\":\"BRAND\",\"scopeId\":\""
                           + brand.tenantId() + "\"}";
        brands.jdbc().sql("""
                insert into catalog_import(id, tenant_id, actor, file_name, format, content, status, total_rows,
                                           created_at, started_at, heartbeat_at)
                values (:id, :tenant, cast(:actor as jsonb), 'left.csv', 'CSV', :content, :status, 1, now(), now(),
                        now() - make_interval(mins => :silent))""")
                .param("id", id).param("tenant", brand.tenantId()).param("actor", actorJson)
                .param("content", "productCode,productName,categoryCode,unit,skuCode\r\nL1,留下,TEA,个,L1-1\r\n"
                        .getBytes(StandardCharsets.UTF_8))
                .param("status", status).param("silent", silentMinutes).update();
        return id;
    }

    private JsonNode job(UUID id) {
        return api.get("/api/v1/catalog/imports/" + id, admin).body();
    }

    @Test
    void a_job_whose_server_stopped_while_it_ran_ends_as_failed_and_changed_nothing() {
        UUID silent = aJobLeftBehind("APPLYING", 10);
        UUID alive = aJobLeftBehind("VALIDATING", 0);

        runner.sweep();

        assertThat(job(silent).get("status").asString()).isEqualTo("FAILED");
        assertThat(job(silent).get("failure").asString()).startsWith("interrupted");
        assertThat(job(alive).get("status").asString()).isEqualTo("VALIDATING");
        assertThat(brands.count("spu", brand.tenantId())).isZero();
    }

    @Test
    void a_job_queued_when_no_worker_was_awake_runs_at_the_next_sweep() {
        UUID queued = aJobLeftBehind("QUEUED", 0);

        runner.sweep();

        Eventually.until("the queued job " + queued + " to succeed", Duration.ofSeconds(30), () -> job(queued),
                job -> job.path("status").asString().equals("SUCCEEDED"));
        assertThat(brands.count("spu", brand.tenantId())).isEqualTo(1);
    }
}

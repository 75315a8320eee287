package io.oneshelf.org.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database holds API client secrets sealed, never as issued; secrets stored before sealing get sealed. */
class ApiClientSecretTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApiClients clients;

    private String keyId;
    private String secret;

    @BeforeEach
    void issueClient() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply client = api.post("/api/v1/api-clients", admin, Map.of("name", "ERP", "role", "HQ_ADMIN",
                "scopeType", "BRAND"));
        assertThat(client.status()).isEqualTo(201);
        keyId = client.body().get("keyId").asString();
        secret = client.body().get("secret").asString();
    }

    @Test
    void an_issued_secret_is_stored_sealed_and_still_verifies() {
        String stored = stored();

        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(clients.findActive(keyId).orElseThrow().secret())
                .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_secret_stored_as_issued_before_sealing_is_sealed_and_keeps_working() {
        jdbc.sql("update api_client set secret = :s where key_id = :k").param("s", secret).param("k", keyId).update();

        int sealed = clients.sealPlainSecrets();

        assertThat(sealed).isGreaterThanOrEqualTo(1);
        assertThat(stored()).startsWith("v1:").doesNotContain(secret);
        assertThat(clients.findActive(keyId).orElseThrow().secret())
                .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_secret_moved_to_another_client_does_not_open_and_signs_nothing() {
        String other = "osk_other_" + System.nanoTime();
        jdbc.sql("""
                insert into api_client(id, tenant_id, name, key_id, secret, role, scope_type, scope_id, status,
                                       created_at)
                select gen_random_uuid(), tenant_id, 'copy', :other, secret, role, scope_type, scope_id, status, now()
                from api_client where key_id = :k""").param("other", other).param("k", keyId).update();

        assertThat(clients.findActive(other)).isEmpty();
    }

    private String stored() {
        return jdbc.sql("select secret from api_client where key_id = :k").param("k", keyId)
                .query(String.class).single();
    }
}

package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * SSRF with the production setting (private targets not allowed): refused at registration with 400 naming
 * {@code url}, and checked again at delivery, where an address that became private is not called.
 */
@TestPropertySource(properties = "oneshelf.webhooks.allow-private-targets=false")
class PrivateTargetsTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.0.0.7/",
            "http://192.168.1.20/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
            "http://[fd12::1]/", "http://224.0.0.5/", "ftp://8.8.8.8/"})
    void a_private_loopback_link_local_or_multicast_target_is_refused_at_registration(String url) {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply reply = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", url));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body().get("errors")).extracting(e -> e.get("field").asString()).containsExactly("url");
        assertThat(brands.count("webhook_endpoint", brand.tenantId())).isZero();
    }

    @Test
    void a_target_that_became_private_is_not_called_at_delivery() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Reply created = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", "https://8.8.8.8/hooks"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            // as if its name now resolved to this machine
            brands.jdbc().sql("update webhook_endpoint set url = :url where id = :id")
                    .param("url", receiver.url()).param("id", UUID.fromString(created.id())).update();

            api.post("/api/v1/webhook-endpoints/" + created.id() + "/test", admin, Map.of());
            JsonNode delivery = Eventually.until("the attempt refused", Duration.ofSeconds(20),
                    () -> api.get("/api/v1/webhook-deliveries?endpointId=" + created.id(), admin).body().get("items"),
                    items -> items.size() == 1 && items.get(0).get("attempts").asInt() >= 1
                             && !items.get(0).get("lastError").isNull()).get(0);
            assertThat(delivery.get("lastError").asString()).contains("127.0.0.1").contains("private");
            assertThat(receiver.received()).isEmpty();
            assertThat(List.of(delivery.get("status").asString())).containsAnyOf("PENDING", "FAILED");
        } finally {
            brands.jdbc().sql("delete from webhook_endpoint where tenant_id = :t").param("t", brand.tenantId())
                    .update();
        }
    }
}

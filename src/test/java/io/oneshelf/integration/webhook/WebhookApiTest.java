package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.WebhookReceiver;
import io.oneshelf.support.WebhookReceiver.Received;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks over the API: registration, signed deliveries, retries, failing endpoints, rotation, redelivery. */
class WebhookApiTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    TestEvents events;

    private WebhookReceiver receiver;
    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrandAndAReceiver() {
        receiver = new WebhookReceiver();
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    /** The brand's endpoints go with their deliveries: nothing of this test is retried under the next one. */
    @AfterEach
    void closeReceiverAndRemoveEndpoints() {
        receiver.close();
        brands.jdbc().sql("delete from webhook_endpoint where tenant_id = :t").param("t", brand.tenantId()).update();
    }

    @Test
    void an_admin_registers_an_endpoint_and_each_event_arrives_signed_as_standard_webhooks_says() throws Exception {
        Reply created = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url(),
                "eventTypes", List.of("test.thing.happened"), "description", "ERP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhook-endpoints/" + created.id());
        String secret = created.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(created.body().get("enabled").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/webhook-endpoints/" + created.id(), admin).raw()).doesNotContain(secret)
                .doesNotContain("whsec_");

        UUID aggregate = events.thingHappened(brand.tenantId(), "珍珠奶茶");
        events.publish(new TestEvents.OtherHappened(brand.tenantId(), UUID.randomUUID()));
        Received got = Eventually.until("the event at the receiver", WAIT, receiver::received, r -> !r.isEmpty())
                .get(0);

        new Webhook(secret).verify(got.body(), got.headers());
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("id").asString()).isEqualTo(got.header("webhook-id"));
        assertThat(body.get("type").asString()).isEqualTo("test.thing.happened");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("brandId").asString()).isEqualTo(brand.tenantId().toString());
        assertThat(body.get("aggregateId").asString()).isEqualTo(aggregate.toString());
        assertThat(body.get("occurredAt").asString()).isNotBlank();
        assertThat(body.get("data").get("note").asString()).isEqualTo("珍珠奶茶");
        assertThat(Long.parseLong(got.header("webhook-timestamp")))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(30L));

        JsonNode delivery = Eventually.until("the delivery logged as delivered", WAIT,
                () -> api.get("/api/v1/webhook-deliveries?endpointId=" + created.id(), admin).body().get("items"),
                items -> items.size() == 1 && items.get(0).get("status").asString().equals("DELIVERED")).get(0);
        assertThat(delivery.get("eventId").asString()).isEqualTo(got.header("webhook-id"));
        assertThat(delivery.get("eventType").asString()).isEqualTo("test.thing.happened");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(delivery.get("lastLatencyMs").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(delivery.get("lastResponse").asString()).isEqualTo("ok");
        // the other type was not asked for
        Thread.sleep(500);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void a_failing_receiver_is_retried_with_the_same_id_then_the_endpoint_is_failing_until_a_redelivery_succeeds()
            throws Exception {
        receiver.answer(500);
        Reply created = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()));
        String secret = created.body().get("secret").asString();
        events.thingHappened(brand.tenantId(), "fails");

        JsonNode failed = Eventually.until("the delivery to fail after its retries", WAIT,
                () -> api.get("/api/v1/webhook-deliveries?endpointId=" + created.id(), admin).body().get("items"),
                items -> items.size() == 1 && items.get(0).get("status").asString().equals("FAILED")).get(0);
        // the test schedule has three retries
        assertThat(failed.get("attempts").asInt()).isEqualTo(4);
        assertThat(failed.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(failed.get("lastResponse").asString()).contains("receiver says no");
        String eventId = failed.get("eventId").asString();
        assertThat(receiver.withId(eventId)).hasSize(4);
        for (Received attempt : receiver.withId(eventId)) {
            new Webhook(secret).verify(attempt.body(), attempt.headers());
        }
        JsonNode detail = api.get("/api/v1/webhook-deliveries/" + failed.get("id").asString(), admin).body();
        assertThat(detail.get("history")).hasSize(4);
        assertThat(detail.get("attempts").asInt()).isEqualTo(4);
        assertThat(detail.get("history").get(3).get("number").asInt()).isEqualTo(4);
        assertThat(detail.get("body").asString()).contains(eventId);
        JsonNode endpoint = api.get("/api/v1/webhook-endpoints/" + created.id(), admin).body();
        assertThat(endpoint.get("failing").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/webhook-deliveries?status=FAILED&endpointId=" + created.id(), admin).body()
                .get("items")).hasSize(1);

        receiver.answer(204);
        Reply again = api.post("/api/v1/webhook-deliveries/" + failed.get("id").asString() + "/redeliver", admin,
                Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.body().get("redeliveryOf").asString()).isEqualTo(failed.get("id").asString());
        Eventually.until("the redelivery to succeed", WAIT,
                () -> api.get("/api/v1/webhook-deliveries/" + again.id(), admin).body(),
                d -> d.get("status").asString().equals("DELIVERED"));
        assertThat(receiver.withId(eventId)).hasSize(5);
        assertThat(api.get("/api/v1/webhook-endpoints/" + created.id(), admin).body().get("failing").asBoolean())
                .isFalse();
    }

    @Test
    void after_a_rotation_deliveries_carry_both_signatures_until_the_overlap_ends() throws Exception {
        Reply created = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()));
        String old = created.body().get("secret").asString();
        Reply rotated = api.post("/api/v1/webhook-endpoints/" + created.id() + "/rotate-secret", admin,
                Map.of("overlapMinutes", 60));
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String current = rotated.body().get("secret").asString();
        assertThat(current).startsWith("whsec_").isNotEqualTo(old);
        assertThat(OffsetDateTime.parse(rotated.body().get("previousSecretUntil").asString()))
                .isAfter(OffsetDateTime.now().plusMinutes(59));

        Reply test = api.post("/api/v1/webhook-endpoints/" + created.id() + "/test", admin, Map.of());
        assertThat(test.status()).as(test.toString()).isEqualTo(202);
        Received got = Eventually.until("the test message", WAIT, receiver::received, r -> !r.isEmpty()).get(0);
        assertThat(got.header("webhook-signature").split(" ")).hasSize(2);
        new Webhook(old).verify(got.body(), got.headers());
        new Webhook(current).verify(got.body(), got.headers());
        assertThat(json.readTree(got.body()).get("type").asString()).isEqualTo("webhook.test");

        // a rotation without overlap: the old secret stops signing at once
        Reply now = api.post("/api/v1/webhook-endpoints/" + created.id() + "/rotate-secret", admin,
                Map.of("overlapMinutes", 0));
        String newest = now.body().get("secret").asString();
        api.post("/api/v1/webhook-endpoints/" + created.id() + "/test", admin, Map.of());
        Received second = Eventually.until("the second test message", WAIT, receiver::received, r -> r.size() == 2)
                .get(1);
        assertThat(second.header("webhook-signature").split(" ")).hasSize(1);
        new Webhook(newest).verify(second.body(), second.headers());
    }

    @Test
    void everything_sent_since_a_time_is_redelivered_with_the_same_ids() throws Exception {
        Reply created = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url()));
        events.thingHappened(brand.tenantId(), "first");
        Eventually.until("the first event", WAIT, receiver::received, r -> r.size() == 1);
        Thread.sleep(50);
        OffsetDateTime since = OffsetDateTime.now();
        events.thingHappened(brand.tenantId(), "second");
        events.thingHappened(brand.tenantId(), "third");
        List<Received> three = Eventually.until("three events", WAIT, receiver::received, r -> r.size() == 3);

        Reply redelivered = api.post("/api/v1/webhook-endpoints/" + created.id() + "/redeliver", admin,
                Map.of("since", since.toString()));
        assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(202);
        assertThat(redelivered.body().get("deliveries").asInt()).isEqualTo(2);
        List<Received> all = Eventually.until("the two again", WAIT, receiver::received, r -> r.size() == 5);
        assertThat(all.subList(3, 5)).extracting(r -> r.header("webhook-id")).containsExactlyInAnyOrder(
                three.get(1).header("webhook-id"), three.get(2).header("webhook-id"));
        assertThat(api.get("/api/v1/webhook-deliveries?endpointId=" + created.id(), admin).body().get("items"))
                .hasSize(5);
    }

    @Test
    void a_disabled_endpoint_gets_nothing_and_an_edit_needs_the_current_version() throws Exception {
        Reply created = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url(),
                "enabled", false));
        events.thingHappened(brand.tenantId(), "unheard");
        Thread.sleep(1000);
        assertThat(receiver.received()).isEmpty();

        Map<String, Object> change = Map.of("url", receiver.url(), "eventTypes", List.of(),
                "description", "on again", "enabled", true, "version", 0);
        Reply updated = api.put("/api/v1/webhook-endpoints/" + created.id(), admin, change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().get("version").asInt()).isEqualTo(1);
        assertThat(api.put("/api/v1/webhook-endpoints/" + created.id(), admin, change).status()).isEqualTo(409);

        events.thingHappened(brand.tenantId(), "heard");
        Eventually.until("the event after enabling", WAIT, receiver::received, r -> r.size() == 1);
        assertThat(api.get("/api/v1/audit-events?entityType=webhook-endpoint", admin).body().get("items"))
                .extracting(e -> e.get("action").asString())
                .contains("webhook-endpoint.created", "webhook-endpoint.updated");

        Reply deleted = api.send("DELETE", "/api/v1/webhook-endpoints/" + created.id(), admin, null,
                UUID.randomUUID().toString());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhook-endpoints/" + created.id(), admin).status()).isEqualTo(404);
    }

    @Test
    void bad_urls_and_event_types_are_refused_naming_the_field_and_only_brand_admins_manage_webhooks() {
        Reply ftp = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", "ftp://example.com/x"));
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.body().get("errors").get(0).get("field").asString()).isEqualTo("url");
        Reply type = api.post("/api/v1/webhook-endpoints", admin, Map.of("url", receiver.url(),
                "eventTypes", List.of("Not A Type")));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body().get("errors").get(0).get("field").asString()).isEqualTo("eventTypes[0]");

        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/webhook-endpoints", manager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/webhook-deliveries", manager).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/webhook-endpoints", manager, Map.of("url", receiver.url())).status())
                .isEqualTo(403);
    }
}

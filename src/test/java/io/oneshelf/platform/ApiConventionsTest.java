package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiConventionsTest extends ApiTest {

    private Brand brand;
    private String admin;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).endsWith("/" + type);
        assertThat(reply.body().get("detail").asString()).isNotBlank();
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("at io.oneshelf");
    }

    @Test
    void an_unknown_field_is_a_400_naming_the_field() {
        Reply reply = api.send("POST", "/api/v1/regions", admin,
                Map.of("code", "A1", "name", "A", "colour", "red"), UUID.randomUUID().toString());

        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("colour");
    }

    @Test
    void a_wrong_type_is_a_400_naming_the_field() {
        Reply reply = api.send("POST", "/api/v1/stores", admin, Map.of("code", "A1", "name", "A", "kind", "DIRECT",
                "regionId", brand.regionId(), "address", "x", "latitude", "north", "longitude", 121.4,
                "opensAt", "09:00", "closesAt", "21:00"), UUID.randomUUID().toString());

        assertProblem(reply, 400, "malformed-request");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("latitude");
    }

    @Test
    void a_body_larger_than_one_request_is_a_413_and_changes_nothing() {
        long before = brands.count("region", brand.tenantId());
        String body = "{\"code\":\"BIG\",\"name\":\"" + "x".repeat(12 * 1024 * 1024) + "\"}";

        Reply reply = api.send("POST", "/api/v1/regions", admin, body, UUID.randomUUID().toString(), Map.of());

        assertProblem(reply, 413, "content-too-large");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void broken_json_is_a_400_not_a_500() {
        Reply reply = api.send("POST", "/api/v1/regions", admin, "{\"code\": ", UUID.randomUUID().toString(),
                Map.of());

        assertProblem(reply, 400, "malformed-request");
    }

    @Test
    void validation_names_every_offending_field_and_changes_nothing() {
        long before = brands.count("store", brand.tenantId());

        Reply reply = api.post("/api/v1/stores", admin, Map.of("code", "has space", "kind", "FRANCHISED",
                "regionId", brand.regionId(), "address", "x", "latitude", 91, "longitude", 121.4,
                "opensAt", "09:00", "closesAt", "21:00"));

        assertProblem(reply, 400, "validation-failed");
        assertThat(reply.body().get("errors").findValuesAsString("field"))
                .contains("code", "name", "latitude");
        assertThat(brands.count("store", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void a_rule_across_fields_names_the_field_at_fault() {
        Reply reply = api.post("/api/v1/stores", admin, Map.of("code", "F1", "name", "Franchised", "kind",
                "FRANCHISED", "regionId", brand.regionId(), "address", "x", "latitude", 31, "longitude", 121.4,
                "opensAt", "09:00", "closesAt", "21:00"));

        assertProblem(reply, 400, "validation-failed");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("franchiseeId");
    }

    @Test
    void a_duplicate_code_is_a_409_on_the_code_field() {
        Reply reply = api.post("/api/v1/regions", admin, Map.of("code", "R1-" + brand.code(), "name", "Again"));

        assertProblem(reply, 409, "conflict");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void a_stale_version_is_a_409_and_keeps_the_newer_data() {
        String path = "/api/v1/stores/" + brand.storeId();
        Map<String, Object> edit = Map.of("name", "Renamed", "kind", "DIRECT", "regionId", brand.regionId(),
                "address", "Road 1", "latitude", 31.2, "longitude", 121.4, "opensAt", "09:00", "closesAt", "21:00",
                "version", 0);
        assertThat(api.put(path, admin, edit).status()).isEqualTo(200);

        Map<String, Object> stale = new java.util.HashMap<>(edit);
        stale.put("name", "Lost update");
        Reply reply = api.put(path, admin, stale);

        assertProblem(reply, 409, "stale-version");
        assertThat(api.get(path, admin).body().get("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void every_answer_carries_a_request_id_and_echoes_a_sane_one() {
        Reply generated = api.get("/api/v1/me", admin);
        Reply echoed = api.send("GET", "/api/v1/me", admin, null, null, Map.of("X-Request-Id", "till-7-abc"));

        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(echoed.header("X-Request-Id")).isEqualTo("till-7-abc");
    }

    @Test
    void unknown_paths_and_missing_tokens_answer_problems() {
        assertProblem(api.get("/api/v1/no-such-thing", admin), 404, "not-found");
        assertProblem(api.get("/api/v1/stores", null), 401, "unauthorized");
        assertProblem(api.get("/api/v1/stores", "not-a-token"), 401, "unauthorized");
    }

    @Test
    void lists_page_with_an_opaque_cursor_without_gaps_or_repeats() {
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/regions", admin, Map.of("code", "P" + i, "name", "Paged " + i));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Reply page = api.get("/api/v1/regions?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin);
            page.body().get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.body().get("nextCursor").isNull() ? null : page.body().get("nextCursor").asString();
        } while (cursor != null);

        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertProblem(api.get("/api/v1/regions?limit=500", admin), 400, "validation-failed");
        assertProblem(api.get("/api/v1/regions?cursor=zzz", admin), 400, "validation-failed");
    }

    @Test
    void timestamps_are_iso_8601_with_an_offset() {
        Reply store = api.get("/api/v1/stores/" + brand.storeId(), admin);

        assertThat(store.body().get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})");
    }

    @Test
    void health_metrics_and_the_api_description_are_published() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        // metrics need a signed-in caller with system:metrics (MetricsAccessTest)
        assertThat(api.send("GET", "/actuator/prometheus", admin, null, null, Map.of("Accept", "text/plain")).raw())
                .contains("http_server_requests");
        Reply openapi = api.get("/api/openapi.json", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.raw()).contains("/api/v1/stores");
    }
}

package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends ApiTest {

    private Brand brand;
    private String admin;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    private Map<String, Object> region(String code) {
        return Map.of("code", code, "name", "Region " + code);
    }

    @Test
    void a_retry_with_the_same_key_and_payload_replays_the_first_answer_and_acts_once() {
        long before = brands.count("region", brand.tenantId());
        Reply first = api.send("POST", "/api/v1/regions", admin, region("NORTH"), "key-1");
        Reply retry = api.send("POST", "/api/v1/regions", admin, region("NORTH"), "key-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before + 1);
    }

    @Test
    void the_same_key_with_a_different_payload_is_rejected_with_422_and_changes_nothing() {
        api.send("POST", "/api/v1/regions", admin, region("SOUTH"), "key-2");
        long before = brands.count("region", brand.tenantId());

        Reply reused = api.send("POST", "/api/v1/regions", admin, region("WEST"), "key-2");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.body().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void concurrent_duplicates_act_once_and_all_get_the_same_answer() throws Exception {
        long before = brands.count("store", brand.tenantId());
        Map<String, Object> store = Map.of("code", "RACE", "name", "Race Store", "kind", "DIRECT",
                "regionId", brand.regionId(), "address", "Road 2", "latitude", 31.2, "longitude", 121.4,
                "opensAt", "09:00", "closesAt", "21:00");
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return api.send("POST", "/api/v1/stores", admin, store, "race-key");
            }));
        }
        start.countDown();
        List<Reply> answers = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            answers.add(reply.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(Reply::status).containsOnly(201);
        assertThat(answers).extracting(Reply::raw).containsOnly(answers.get(0).raw());
        assertThat(brands.count("store", brand.tenantId())).isEqualTo(before + 1);
    }

    @Test
    void a_failed_attempt_is_not_remembered_so_a_corrected_retry_with_the_same_key_runs() {
        Reply bad = api.send("POST", "/api/v1/regions", admin, Map.of("code", "bad code!", "name", "X"), "key-3");
        assertThat(bad.status()).isEqualTo(400);

        Reply other = api.send("POST", "/api/v1/regions", admin, region("EAST"), "key-3");

        assertThat(other.status()).isEqualTo(201);
    }

    @Test
    void a_post_without_a_key_is_refused_and_changes_nothing() {
        long before = brands.count("region", brand.tenantId());

        Reply reply = api.send("POST", "/api/v1/regions", admin, region("NOKEY"), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("type").asString()).endsWith("/idempotency-key-required");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void keys_are_per_caller_so_two_users_may_use_the_same_key() {
        String other = api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD);
        String key = UUID.randomUUID().toString();

        assertThat(api.send("POST", "/api/v1/regions", admin, region("K1"), key).status()).isEqualTo(201);
        assertThat(api.send("POST", "/api/v1/regions", other, region("K2"), key).status()).isEqualTo(201);
    }

    @Test
    void a_retry_with_the_keys_in_another_order_and_other_whitespace_is_the_same_request() {
        long before = brands.count("region", brand.tenantId());
        Reply first = json("{\"code\":\"EAST\",\"name\":\"Region EAST\"}", "key-layout");
        Reply retry = json("{\n  \"name\" : \"Region EAST\",\n  \"code\" : \"EAST\"\n}\n", "key-layout");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before + 1);
    }

    @Test
    void a_retry_with_another_value_in_the_same_layout_is_still_a_different_request() {
        json("{\"code\":\"MID\",\"name\":\"Region MID\"}", "key-value");
        long before = brands.count("region", brand.tenantId());

        Reply other = json("{\"name\":\"Region MID\",\"code\":\"MID2\"}", "key-value");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    private Reply json(String body, String key) {
        return api.send("POST", "/api/v1/regions", admin, body, key, Map.of());
    }
}

package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Server messages follow the caller's Accept-Language (zh-CN or English), else the brand's default language. */
class ServerLanguageTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    SkuFixture skus;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_same_refused_adjustment_answers_in_chinese_or_english_with_the_actual_stock() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String token = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        api.post("/api/v1/stock/receipts", token, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 10));
        Map<String, Object> adjustment = Map.of("skuId", sku, "locationId", brand.storeId(), "quantity", -11,
                "reason", "broken cups");

        JsonNode chinese = post("/api/v1/stock/adjustments", token, adjustment, "zh-CN,zh;q=0.9,en;q=0.8");
        JsonNode english = post("/api/v1/stock/adjustments", token, adjustment, "en-US,en;q=0.9");

        assertThat(chinese.get("title").asString()).isEqualTo("库存不足");
        assertThat(chinese.get("detail").asString()).isEqualTo("调整 -11 后库存将为负数：在库 10，已预占 0");
        assertThat(chinese.get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(chinese.get("errors").get(0).get("message").asString()).contains("在库 10，已预占 0");
        assertThat(english.get("title").asString()).isEqualTo("Out of stock");
        assertThat(english.get("detail").asString())
                .isEqualTo("an adjustment of -11 would make stock negative: 10 on hand, 0 reserved");
        assertThat(english.get("detail").asString()).doesNotContain("less on hand than is reserved");
        assertThat(english.get("type")).isEqualTo(chinese.get("type"));
    }

    @Test
    void an_adjustment_below_what_is_reserved_says_so_with_the_numbers() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String token = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        api.post("/api/v1/stock/receipts", token, Map.of("skuId", sku, "locationId", brand.storeId(), "quantity", 10));
        api.post("/api/v1/stock/reservations", token, Map.of("reference", "R-1", "expiresInSeconds", 600,
                "lines", java.util.List.of(Map.of("skuId", sku, "locationId", brand.storeId(), "quantity", 8))));

        JsonNode chinese = post("/api/v1/stock/adjustments", token, Map.of("skuId", sku, "locationId",
                brand.storeId(), "quantity", -5, "reason", "broken cups"), "zh-CN");

        assertThat(chinese.get("detail").asString()).isEqualTo("调整 -5 后在库将少于已预占数量：在库 10，已预占 8");
    }

    @Test
    void a_field_message_states_the_actual_limit_in_the_callers_language() {
        Brand brand = brands.aBrand();
        String token = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Map<String, Object> product = Map.of("code", "P-1", "name", "长".repeat(300), "categoryId", UUID.randomUUID(),
                "unit", "个");

        JsonNode chinese = post("/api/v1/products", token, product, "zh-Hans");
        JsonNode english = post("/api/v1/products", token, product, "en");

        assertThat(chinese.get("title").asString()).isEqualTo("输入有误");
        assertThat(message(chinese, "name")).isEqualTo("最多 100 字");
        assertThat(message(english, "name")).isEqualTo("at most 100 characters");
    }

    @Test
    void a_failed_sign_in_answers_in_the_callers_language_and_in_chinese_without_one() {
        Brand brand = brands.aBrand();
        Map<String, Object> wrong = Map.of("login", brand.login("admin"), "password", "not-the-password");

        assertThat(post("/api/v1/auth/login", null, wrong, "zh-CN").get("detail").asString())
                .isEqualTo("登录名或密码错误");
        assertThat(post("/api/v1/auth/login", null, wrong, "en").get("detail").asString())
                .isEqualTo("Wrong login or password");
        assertThat(post("/api/v1/auth/login", null, wrong, null).get("detail").asString())
                .isEqualTo("登录名或密码错误");
    }

    @Test
    void without_accept_language_a_signed_in_caller_reads_the_brands_default_language() {
        Brand chineseBrand = brands.aBrand();
        Brand englishBrand = brands.aBrand();
        jdbc.sql("update tenant set default_language = 'en' where id = :id").param("id", englishBrand.tenantId())
                .update();
        String missing = "/api/v1/stores/" + UUID.randomUUID();

        JsonNode chinese = get(missing, api.login(chineseBrand.login("admin"), BrandFixture.PASSWORD));
        JsonNode english = get(missing, api.login(englishBrand.login("admin"), BrandFixture.PASSWORD));

        assertThat(chinese.get("detail").asString()).isEqualTo("门店不存在");
        assertThat(chinese.get("title").asString()).isEqualTo("未找到");
        assertThat(english.get("detail").asString()).isEqualTo("Store not found");
    }

    @Test
    void a_role_and_scope_mismatch_names_both_in_the_callers_language() {
        Brand brand = brands.aBrand();
        String token = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Map<String, Object> cashier = Map.of("login", "c-" + UUID.randomUUID().toString().substring(0, 8),
                "displayName", "收银员甲", "role", "CASHIER", "scopeType", "REGION", "scopeId", brand.regionId());

        JsonNode chinese = post("/api/v1/staff", token, cashier, "zh-CN");

        assertThat(message(chinese, "scopeType")).isEqualTo("收银员只能分配到门店");
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + " in " + problem);
    }

    private JsonNode get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET(), token, null);
    }

    private JsonNode post(String path, String token, Object body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        return send(request, token, language);
    }

    /** A request with exactly the Accept-Language given (none when null), unlike the test client's default. */
    private static JsonNode send(HttpRequest.Builder request, String token, String language) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isGreaterThanOrEqualTo(400);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

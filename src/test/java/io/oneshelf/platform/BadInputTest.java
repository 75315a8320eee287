package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each way bad input used to answer 500, be silently coerced, or answer something else than problem+json (issue
 * 8, "Bad input gets a clear 4xx and changes nothing"). {@code MalformedInputWalkTest} tries such inputs on every
 * endpoint; these name the cases one by one.
 */
class BadInputTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body().path("detail").asString()).as(reply.toString()).isNotBlank();
        if (field != null) {
            assertThat(reply.body().get("errors").get(0).get("field").asString()).as(reply.toString())
                    .isEqualTo(field);
        }
    }

    private Reply post(String path, String json) {
        return api.send("POST", path, admin, json, UUID.randomUUID().toString(), Map.of());
    }

    @Test
    void a_query_parameter_without_a_name_is_a_400_not_a_500() {
        assertProblem(api.get("/api/v1/stores?=x", admin), 400, null);
        assertProblem(api.get("/api/v1/stock/balances?=x", admin), 400, null);
    }

    @Test
    void a_query_value_that_is_not_utf_8_is_a_400_naming_the_parameter() {
        assertProblem(api.get("/api/v1/products?q=%C0%AF", admin), 400, "q");
    }

    @Test
    void a_nul_character_in_a_search_parameter_is_a_400_naming_it() {
        assertProblem(api.get("/api/v1/stores?q=Store%00", admin), 400, "q");
        assertProblem(api.get("/api/v1/products?q=%00", admin), 400, "q");
    }

    @Test
    void a_nul_character_in_a_json_text_is_a_400_naming_the_field_and_creates_nothing() {
        long before = brands.count("region", brand.tenantId());

        assertProblem(post("/api/v1/regions", "{\"code\":\"N1\",\"name\":\"North\\u0000\"}"), 400, "name");
        assertProblem(post("/api/v1/products", "{\"code\":\"N1\",\"name\":\"x\",\"unit\":\"cup\",\"categoryId\":\""
                + UUID.randomUUID() + "\",\"specAttributes\":[{\"name\":\"size\\u0000\",\"values\":[\"M\"]}]}"),
                400, "specAttributes[0].name");

        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void a_number_sent_as_text_or_text_sent_as_a_boolean_is_refused() {
        UUID sku = skus.aSku(brand);

        assertProblem(post("/api/v1/stock/receipts", "{\"skuId\":\"" + sku + "\",\"locationId\":\"" + brand.storeId()
                + "\",\"quantity\":\"1\"}"), 400, "quantity");
        assertProblem(post("/api/v1/regions", "{\"code\":\"N1\",\"name\":false}"), 400, "name");
        assertProblem(post("/api/v1/regions", "{\"code\":12,\"name\":\"North\"}"), 400, "code");

        assertThat(brands.count("stock_movement", brand.tenantId())).isZero();
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(2);
    }

    @Test
    void a_fraction_is_not_truncated_into_a_whole_number() {
        UUID sku = skus.aSku(brand);

        assertProblem(post("/api/v1/stock/receipts", "{\"skuId\":\"" + sku + "\",\"locationId\":\"" + brand.storeId()
                + "\",\"quantity\":1.5}"), 400, "quantity");
        Reply edit = api.send("PUT", "/api/v1/stores/" + brand.storeId(), admin, "{\"name\":\"S\",\"kind\":\"DIRECT\","
                + "\"regionId\":\"" + brand.regionId() + "\",\"address\":\"x\",\"latitude\":31.2,\"longitude\":121.4,"
                + "\"opensAt\":\"09:00\",\"closesAt\":\"21:00\",\"version\":2.6e-42}", UUID.randomUUID().toString(),
                Map.of());
        assertProblem(edit, 400, "version");

        assertThat(brands.count("stock_movement", brand.tenantId())).isZero();
    }

    @Test
    void a_duplicate_key_is_refused_instead_of_taking_the_last_value() {
        assertProblem(post("/api/v1/regions", "{\"code\":\"N1\",\"name\":\"A\",\"name\":\"B\"}"), 400, "name");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(2);
    }

    @Test
    void an_enum_is_not_read_from_its_index() {
        assertProblem(post("/api/v1/api-clients", "{\"name\":\"ERP\",\"role\":0,\"scopeType\":\"BRAND\"}"), 400,
                "role");
    }

    @Test
    void a_cashier_with_a_bad_body_is_refused_for_the_role_before_the_body_is_read() {
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        Reply reply = api.send("POST", "/api/v1/stores", cashier, "{\"name\": 5", UUID.randomUUID().toString(),
                Map.of());

        assertProblem(reply, 403, null);
    }

    @Test
    void a_405_says_which_methods_are_allowed() {
        Reply reply = api.send("PATCH", "/api/v1/stores", admin, "{}", UUID.randomUUID().toString(), Map.of());

        assertProblem(reply, 405, null);
        assertThat(reply.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void a_path_the_firewall_refuses_is_a_problem() {
        assertProblem(api.get("/api/v1/stores;x=1", admin), 400, null);
        assertProblem(api.get("/api/v1/stores/a%2F..%2Fb", admin), 400, null);
    }

    @Test
    void a_path_tomcat_refuses_is_a_problem_not_an_html_page() {
        assertProblem(api.get("/api/v1/stores/%C0%AF", admin), 400, null);
        assertProblem(api.get("/api/v1/skus/x/barcodes/a%00b", admin), 400, null);
    }

    @Test
    void oversized_headers_and_urls_are_a_problem_not_an_html_page() {
        String big = "x".repeat(20_000);

        assertProblem(api.send("GET", "/api/v1/stores", admin, null, null, Map.of("X-Big", big)), 400, null);
        Reply longUrl = api.get("/api/v1/stores?q=" + big, admin);
        assertThat(longUrl.status()).isBetween(400, 499);
        assertThat(longUrl.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void the_error_page_itself_answers_a_problem() {
        assertProblem(api.get("/error", null), 404, null);
    }
}

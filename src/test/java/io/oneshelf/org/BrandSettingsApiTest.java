package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A brand's settings through the API: every member of the brand reads them, only the HQ admin sets the default
 * language, and that language then decides the answers to the brand's callers who send no Accept-Language.
 */
class BrandSettingsApiTest extends ApiTest {

    private static final String LANGUAGE = "/api/v1/brand/default-language";
    private static final String ACTION = "brand.default-language-set";

    @Test
    void every_member_of_the_brand_reads_its_own_brand() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        Reply read = api.get("/api/v1/brand", admin);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().get("id").asString()).isEqualTo(brand.tenantId().toString());
        assertThat(read.body().get("code").asString()).isEqualTo(brand.code());
        assertThat(read.body().get("name").asString()).isEqualTo("Brand " + brand.code());
        assertThat(read.body().get("currency").asString()).isEqualTo("CNY");
        assertThat(read.body().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(read.body().get("defaultLanguage").asString()).isEqualTo("zh-CN");
        assertThat(api.get("/api/v1/brand", cashier).body()).isEqualTo(read.body());
    }

    @Test
    void the_default_language_the_admin_sets_answers_callers_who_name_none_at_once() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        // read once in Chinese first: the server now remembers the brand's language, and must forget it
        assertThat(refusedWithoutLanguage(admin).get("title").asString()).isEqualTo("输入有误");

        Reply english = api.put(LANGUAGE, admin, Map.of("defaultLanguage", "en"));

        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        assertThat(english.body().get("defaultLanguage").asString()).isEqualTo("en");
        assertThat(english.body().get("code").asString()).isEqualTo(brand.code());
        assertThat(api.get("/api/v1/brand", admin).body().get("defaultLanguage").asString()).isEqualTo("en");
        JsonNode inEnglish = refusedWithoutLanguage(admin);
        assertThat(inEnglish.get("title").asString()).isEqualTo("Validation failed");
        assertThat(inEnglish.get("errors").get(0).get("message").asString())
                .isEqualTo("use 1-32 letters, digits, - or _");

        assertThat(api.put(LANGUAGE, admin, Map.of("defaultLanguage", "zh-CN")).status()).isEqualTo(200);

        JsonNode inChinese = refusedWithoutLanguage(admin);
        assertThat(inChinese.get("title").asString()).isEqualTo("输入有误");
        assertThat(inChinese.get("errors").get(0).get("message").asString())
                .isEqualTo("请使用 1 到 32 个字母、数字、- 或 _");
        assertThat(inChinese.get("type")).isEqualTo(inEnglish.get("type"));
    }

    @Test
    void each_change_is_audited_with_the_language_before_and_after_and_a_repeat_records_nothing() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);

        api.put(LANGUAGE, admin, Map.of("defaultLanguage", "en"));
        api.put(LANGUAGE, admin, Map.of("defaultLanguage", "en"));

        List<JsonNode> events = audited(admin);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("entityType").asString()).isEqualTo("tenant");
        assertThat(events.get(0).get("entityId").asString()).isEqualTo(brand.tenantId().toString());
        assertThat(events.get(0).get("actorName").asString()).isEqualTo("admin of " + brand.code());
        assertThat(events.get(0).get("before").get("defaultLanguage").asString()).isEqualTo("zh-CN");
        assertThat(events.get(0).get("after").get("defaultLanguage").asString()).isEqualTo("en");
    }

    @Test
    void a_store_manager_or_finance_may_read_but_not_change_it_and_nothing_changes() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);

        for (String who : List.of("manager", "region", "finance", "cashier")) {
            String token = api.login(brand.login(who), BrandFixture.PASSWORD);
            assertThat(api.get("/api/v1/brand", token).status()).as(who).isEqualTo(200);

            Reply refused = api.put(LANGUAGE, token, Map.of("defaultLanguage", "en"));

            assertThat(refused.status()).as(who + ": " + refused).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/brand", admin).body().get("defaultLanguage").asString()).isEqualTo("zh-CN");
        assertThat(language(brand)).isEqualTo("zh-CN");
        assertThat(audited(admin)).isEmpty();
    }

    @Test
    void anything_but_zh_cn_or_en_is_refused_naming_default_language() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Map<String, Object> none = new HashMap<>();
        none.put("defaultLanguage", null);

        for (Object body : List.of(Map.of("defaultLanguage", "fr"), Map.of("defaultLanguage", "EN"),
                Map.of("defaultLanguage", "zh"), Map.of("defaultLanguage", "zh-TW"),
                Map.of("defaultLanguage", ""), Map.of("defaultLanguage", " en"), Map.of(), none)) {
            Reply refused = api.put(LANGUAGE, admin, body);

            assertThat(refused.status()).as(body + " -> " + refused).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).as(body.toString())
                    .isEqualTo("defaultLanguage");
        }
        Reply french = api.put(LANGUAGE, admin, Map.of("defaultLanguage", "fr"));
        assertThat(french.body().get("errors").get(0).get("message").asString()).isEqualTo("must be zh-CN or en");
        assertThat(language(brand)).isEqualTo("zh-CN");
        assertThat(audited(admin)).isEmpty();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_replays_the_first_answer() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String key = UUID.randomUUID().toString();

        Reply first = api.send("PUT", LANGUAGE, admin, Map.of("defaultLanguage", "en"), key);
        // someone changes it back meanwhile: the retry must not set English again
        assertThat(api.put(LANGUAGE, admin, Map.of("defaultLanguage", "zh-CN")).status()).isEqualTo(200);
        Reply retry = api.send("PUT", LANGUAGE, admin, Map.of("defaultLanguage", "en"), key);
        Reply otherPayload = api.send("PUT", LANGUAGE, admin, Map.of("defaultLanguage", "zh-CN"), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(otherPayload.status()).isEqualTo(422);
        assertThat(language(brand)).isEqualTo("zh-CN");
        assertThat(audited(admin)).hasSize(2);
    }

    /** A region with a bad code, sent without Accept-Language: a 400 in the brand's default language. */
    private JsonNode refusedWithoutLanguage(String token) {
        Reply reply = api.sendWithoutLanguage("POST", "/api/v1/regions", token,
                Map.of("code", "not a code!", "name", "Nowhere"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        return reply.body();
    }

    private List<JsonNode> audited(String admin) {
        Reply events = api.get("/api/v1/audit-events?action=" + ACTION, admin);
        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        return events.body().get("items").valueStream().toList();
    }

    private String language(Brand brand) {
        return brands.jdbc().sql("select default_language from tenant where id = :id")
                .param("id", brand.tenantId()).query(String.class).single();
    }
}

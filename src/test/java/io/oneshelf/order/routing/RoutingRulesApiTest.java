package io.oneshelf.order.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The brand's routing rule over HTTP: the defaults until the HQ admin sets one, readable by those who read the
 * organisation, set with the version read, and what routing reads in process at once.
 */
class RoutingRulesApiTest extends ApiTest {

    private static final String RULES = "/api/v1/routing-rules";

    @Autowired
    RoutingRules rules;

    @Test
    void a_brand_that_never_set_a_rule_has_the_defaults_at_version_0_for_everyone_who_reads_the_organisation() {
        Brand brand = brands.aBrand();

        for (String reader : List.of("admin", "region", "finance")) {
            Reply read = api.get(RULES, api.login(brand.login(reader), BrandFixture.PASSWORD));
            assertThat(read.status()).as(reader + ": " + read).isEqualTo(200);
            assertThat(read.body().get("preference").asString()).isEqualTo("PREFER_WAREHOUSE");
            assertThat(read.body().get("sameCityMaxKm").decimalValue()).isEqualByComparingTo("5");
            assertThat(read.body().get("franchiseStock").asString()).isEqualTo("NEVER");
            assertThat(read.body().get("franchiseBuffer").asLong()).isZero();
            assertThat(read.body().get("version").asInt()).isZero();
        }
        Reply cashier = api.get(RULES, api.login(brand.login("cashier"), BrandFixture.PASSWORD));
        assertThat(cashier.status()).as(cashier.toString()).isEqualTo(403);
        assertThat(rules.of(brand.tenantId())).isEqualTo(RoutingRule.DEFAULTS);
    }

    @Test
    void the_hq_admin_sets_the_rule_with_the_version_read_and_routing_follows_it_at_once() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);

        Reply first = api.put(RULES, admin, rule("PREFER_STORES", 3.5, "ABOVE_BUFFER", 5, 0));
        Reply second = api.put(RULES, admin, rule("PREFER_STORES", 8, "ALWAYS", 0, 1));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("version").asInt()).isEqualTo(1);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.body().get("version").asInt()).isEqualTo(2);
        assertThat(api.get(RULES, admin).body()).isEqualTo(second.body());
        assertThat(rules.of(brand.tenantId())).isEqualTo(new RoutingRule(RoutingPreference.PREFER_STORES,
                new BigDecimal("8.0"), FranchiseStockRule.ALWAYS, 0, 2));
        List<JsonNode> audited = audited(admin);
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0).get("after").get("franchiseStock").asString()).isEqualTo("ALWAYS");
        assertThat(audited.get(1).get("before").get("version").asInt()).isZero();
    }

    @Test
    void a_change_from_a_stale_version_is_409_and_changes_nothing() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        api.put(RULES, admin, rule("PREFER_STORES", 3, "NEVER", 0, 0));

        Reply firstAgain = api.put(RULES, admin, rule("PREFER_WAREHOUSE", 9, "ALWAYS", 0, 0));
        Reply fromTheFuture = api.put(RULES, admin, rule("PREFER_WAREHOUSE", 9, "ALWAYS", 0, 7));

        for (Reply stale : List.of(firstAgain, fromTheFuture)) {
            assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
            assertThat(stale.body().get("type").asString()).endsWith("stale-version");
            assertThat(stale.body().get("errors").get(0).get("field").asString()).isEqualTo("version");
        }
        assertThat(rules.of(brand.tenantId()).preference()).isEqualTo(RoutingPreference.PREFER_STORES);
        assertThat(rules.of(brand.tenantId()).version()).isEqualTo(1);
    }

    @Test
    void a_repeated_call_with_the_same_key_is_replayed_and_changes_nothing_twice() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String key = UUID.randomUUID().toString();

        Reply first = api.send("PUT", RULES, admin, rule("PREFER_STORES", 3, "NEVER", 0, 0), key);
        Reply again = api.send("PUT", RULES, admin, rule("PREFER_STORES", 3, "NEVER", 0, 0), key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(rules.of(brand.tenantId()).version()).isEqualTo(1);
    }

    @Test
    void bad_values_are_refused_naming_the_field_and_only_the_hq_admin_sets_the_rule() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Map<String, Object> good = rule("PREFER_STORES", 3, "ABOVE_BUFFER", 2, 0);

        Map<String, Object> badValues = Map.of("sameCityMaxKm", List.of(0, 0.05, 2.25, 100.5, "3"),
                "franchiseBuffer", List.of(-1, 1_000_001, 1.5), "preference", List.of("NEAREST", 0),
                "franchiseStock", List.of("SOMETIMES"), "version", List.of(-1.5));
        badValues.forEach((field, values) -> ((List<?>) values).forEach(value -> {
            Map<String, Object> body = new HashMap<>(good);
            body.put(field, value);
            Reply refused = api.put(RULES, admin, body);
            assertThat(refused.status()).as(field + "=" + value + ": " + refused).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).as(refused.toString())
                    .isEqualTo(field);
        }));
        Map<String, Object> missing = new HashMap<>(good);
        missing.remove("franchiseStock");
        assertThat(api.put(RULES, admin, missing).status()).isEqualTo(400);
        for (String who : List.of("region", "manager", "finance")) {
            Reply refused = api.put(RULES, api.login(brand.login(who), BrandFixture.PASSWORD), good);
            assertThat(refused.status()).as(who + ": " + refused).isEqualTo(403);
        }
        assertThat(rules.of(brand.tenantId())).isEqualTo(RoutingRule.DEFAULTS);
    }

    @Test
    void a_refusal_reads_in_the_callers_language() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Map<String, Object> body = rule("PREFER_STORES", 2.25, "NEVER", 0, 0);

        Reply chinese = api.send("PUT", RULES, admin, toJson(body), UUID.randomUUID().toString(),
                Map.of("Accept-Language", "zh-CN"));

        assertThat(chinese.body().get("errors").get(0).get("message").asString()).isEqualTo("最多一位小数");
    }

    private static Map<String, Object> rule(String preference, double km, String franchiseStock, long buffer,
                                            int version) {
        return Map.of("preference", preference, "sameCityMaxKm", km, "franchiseStock", franchiseStock,
                "franchiseBuffer", buffer, "version", version);
    }

    private static String toJson(Map<String, Object> body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }

    /** The brand's routing rule changes in the audit log, newest first. */
    private List<JsonNode> audited(String admin) {
        Reply log = api.get("/api/v1/audit-events?entityType=routing_rule", admin);
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        log.body().get("items").forEach(items::add);
        items.forEach(i -> assertThat(i.get("action").asString()).isEqualTo("routing-rule.set"));
        return items;
    }
}

package io.oneshelf.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lints the live description ({@code /api/openapi.json}) the way a client generator reads it, so that every
 * endpoint added later is held to the same contract: readable unique operation ids, one schema per Java type,
 * security, Idempotency-Key and problem+json errors on every operation that needs them.
 */
class OpenApiContractTest extends ApiTest {

    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"");

    @Autowired
    SchemaNames names;

    private Contract contract;
    private String raw;

    @BeforeEach
    void readTheContract() {
        raw = api.get("/api/openapi.json", null).raw();
        contract = Contract.of(JsonMapper.builder().build().readTree(raw));
    }

    @Test
    void every_operation_has_a_readable_unique_operation_id() {
        Map<String, List<String>> byId = new HashMap<>();
        contract.operations().forEach(o -> byId.computeIfAbsent(String.valueOf(o.id()), k -> new ArrayList<>())
                .add(o.toString()));

        assertThat(byId).allSatisfy((id, operations) -> {
            assertThat(id).as("operationId of %s", operations).matches("[a-z][A-Za-z]+").doesNotMatch(".*_\\d+");
            assertThat(operations).as("operations named %s", id).hasSize(1);
        });
    }

    @Test
    void every_operation_has_a_capability_tag() {
        assertThat(violations(o -> o.node().path("tags").isEmpty())).isEmpty();
    }

    @Test
    void no_two_java_types_share_a_schema_name() {
        assertThat(names.collisions()).as("schema names given to several Java types").isEmpty();
    }

    @Test
    void every_schema_referenced_exists_and_none_is_a_library_type_or_shadows_the_client() {
        Matcher refs = REF.matcher(raw);
        List<String> missing = new ArrayList<>();
        while (refs.find()) {
            if (!contract.schemas().has(refs.group(1))) {
                missing.add(refs.group(1));
            }
        }
        assertThat(missing).as("$refs without a schema").isEmpty();
        assertThat(contract.schemas().propertyNames()).doesNotContainAnyElementsOf(
                Set.of("JsonNode", "ObjectNode", "ApiClient", "Configuration", "Pair", "ApiException", "ApiResponse"));
    }

    @Test
    void every_protected_operation_declares_bearer_and_signed_request_security() {
        JsonNode schemes = contract.spec().path("components").path("securitySchemes");
        assertThat(schemes.path(OpenApiConfiguration.BEARER).path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path(OpenApiConfiguration.SIGNED).path("name").asString()).isEqualTo("X-Api-Key");
        assertThat(schemes.path(OpenApiConfiguration.SIGNED).path("description").asString())
                .contains("X-Api-Timestamp", "X-Api-Nonce", "X-Api-Signature", "HMAC-SHA256", "SHA-256", "not decoded");

        assertThat(violations(o -> !o.open() && !o.shop() && !(o.node().path("security").toString().contains(
                OpenApiConfiguration.BEARER) && o.node().path("security").toString().contains(
                OpenApiConfiguration.SIGNED)))).as("protected operations without security").isEmpty();
        assertThat(violations(o -> o.open() && !o.node().path("security").isEmpty()))
                .as("sign-in, refresh and logout need no authentication").isEmpty();
    }

    @Test
    void every_protected_shop_operation_takes_a_customer_token_and_nothing_else() {
        JsonNode customer = contract.spec().path("components").path("securitySchemes")
                .path(OpenApiConfiguration.CUSTOMER);
        assertThat(customer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(customer.path("description").asString()).contains("/api/v1/shop/{brandCode}/sign-in");
        assertThat(contract.operations()).anyMatch(o -> o.shop() && !o.open())
                .anyMatch(o -> o.shop() && o.open());

        assertThat(violations(o -> o.shop() && !o.open() && !o.node().path("security").toString()
                .equals("[{\"" + OpenApiConfiguration.CUSTOMER + "\":[]}]")))
                .as("shop operations that do not take exactly a customer token").isEmpty();
        assertThat(violations(o -> !o.shop() && o.node().path("security").toString()
                .contains(OpenApiConfiguration.CUSTOMER)))
                .as("other operations that say they take a customer token").isEmpty();
    }

    @Test
    void every_mutating_operation_takes_an_idempotency_key_required_on_post() {
        assertThat(violations(o -> o.mutating() && !o.open() && o.header(ContractRules.IDEMPOTENCY_KEY).isEmpty()))
                .as("without the Idempotency-Key parameter").isEmpty();
        assertThat(violations(o -> o.method().equals("POST") && !o.open() && !o.computation()
                && !o.header(ContractRules.IDEMPOTENCY_KEY).orElseThrow().path("required").asBoolean()))
                .as("POST with an optional key").isEmpty();
        assertThat(violations(o -> o.open() && (o.header(ContractRules.IDEMPOTENCY_KEY).isPresent()
                || !o.node().path("description").asString("").contains("no Idempotency-Key"))))
                .as("sign-in, refresh and logout say they take no key").isEmpty();
    }

    @Test
    void the_quotes_are_computations_that_take_no_key_and_say_so() {
        assertThat(contract.operations()).filteredOn(Contract.Operation::computation)
                .extracting(Contract.Operation::id).containsExactlyInAnyOrder("quoteOrder", "quoteShopCheckout", "quoteAtTill");
        assertThat(violations(o -> o.computation() && (!o.method().equals("POST")
                || o.header(ContractRules.IDEMPOTENCY_KEY).isPresent()
                || !o.node().path("description").asString("").contains("no Idempotency-Key")
                || o.responses().path("409").isMissingNode())))
                .as("computations with a key, without saying so, or without their 409").isEmpty();
    }

    @Test
    void every_success_of_a_mutating_operation_announces_replays() {
        assertThat(violations(o -> o.mutating() && !o.open() && successes(o).stream()
                .anyMatch(r -> r.path("headers").path(ContractRules.REPLAYED).isMissingNode())))
                .isEmpty();
    }

    @Test
    void every_operation_documents_a_4xx_problem_json_answer() {
        assertThat(violations(o -> o.responses().propertyNames().stream()
                .noneMatch(status -> status.startsWith("4") && problem(o.responses().path(status)))))
                .isEmpty();
        assertThat(violations(o -> o.responses().propertyNames().stream()
                .anyMatch(status -> status.matches("[45]..") && !problem(o.responses().path(status)))))
                .as("errors not described as problem+json").isEmpty();
        JsonNode problem = contract.schemas().path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "requestId",
                "errors");
    }

    @Test
    void every_success_with_a_body_describes_it() {
        assertThat(violations(o -> o.responses().propertyNames().stream().noneMatch(s -> s.startsWith("2"))))
                .as("without a 2xx").isEmpty();
        assertThat(violations(o -> o.responses().properties().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && !e.getKey().equals("204")
                        && e.getValue().path("content").isEmpty())))
                .as("a 2xx without a body schema (a generated client would drop the body)").isEmpty();
        assertThat(violations(o -> o.responses().toString().contains("\"headers\"") && o.responses().properties()
                .stream().flatMap(e -> e.getValue().path("headers").properties().stream())
                .anyMatch(h -> h.getValue().path("schema").isMissingNode())))
                .as("response headers without a schema (generators skip them)").isEmpty();
    }

    @Test
    void lists_answer_a_page_or_say_why_not() {
        assertThat(violations(o -> o.method().equals("GET") && successes(o).stream().anyMatch(r ->
                "array".equals(r.path("content").path("application/json").path("schema").path("type").asString())
                        && !o.node().path("description").asString("").contains("bare JSON array"))))
                .isEmpty();
    }

    @Test
    void paging_parameters_carry_their_limits() {
        List<String> wrong = new ArrayList<>();
        contract.operations().forEach(o -> o.node().path("parameters").forEach(p -> {
            JsonNode schema = p.path("schema");
            if ("limit".equals(p.path("name").asString())
                    && (schema.path("maximum").asInt() != 200 || schema.path("minimum").asInt() != 1)) {
                wrong.add(o + " limit " + schema);
            }
            if ("cursor".equals(p.path("name").asString()) && schema.path("pattern").isMissingNode()) {
                wrong.add(o + " cursor " + schema);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void optional_properties_say_they_may_be_null() {
        JsonNode transferLine = contract.schemas().path("TransferLine").path("properties");
        assertThat(transferLine.path("shipped").path("nullable").asBoolean()).isTrue();
        assertThat(contract.schemas().path("PageTransfer").path("properties").path("nextCursor").path("nullable")
                .asBoolean()).isTrue();
        JsonNode countLine = contract.schemas().path("TransferCountLine");
        assertThat(countLine.path("required").toString()).contains("skuId", "quantity");
        assertThat(countLine.path("properties").path("quantity").path("nullable").asBoolean()).isFalse();
    }

    private List<String> violations(Predicate<Contract.Operation> wrong) {
        return contract.operations().stream().filter(wrong).map(Contract.Operation::toString).toList();
    }

    private static List<JsonNode> successes(Contract.Operation operation) {
        return operation.responses().properties().stream().filter(e -> e.getKey().startsWith("2"))
                .map(Map.Entry::getValue).toList();
    }

    private static boolean problem(JsonNode response) {
        return response.path("content").path(ProblemSchemas.MEDIA_TYPE).path("schema").path("$ref").asString("")
                .endsWith("/" + ProblemSchemas.PROBLEM);
    }
}

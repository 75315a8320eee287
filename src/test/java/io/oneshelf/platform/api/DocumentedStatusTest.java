package io.oneshelf.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Traffic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs after every other test class of the JVM (junit-platform.properties orders classes by @Order) and checks
 * every answer the suite's HTTP client saw against the published contract: a status the operation does not list
 * is one a generated client cannot handle. Run alone it makes a small walk of its own first.
 */
@Order(Integer.MAX_VALUE)
class DocumentedStatusTest extends ApiTest {

    /** Answers of the HTTP layer to any request, whatever the operation; the description says so once. */
    private static final Set<Integer> TRANSPORT = Set.of(405, 406, 414, 431);

    @Test
    void every_answer_the_suite_saw_is_documented_by_its_operation() {
        aSmallWalk();
        Contract contract = Contract.of(JsonMapper.builder().build()
                .readTree(api.get("/api/openapi.json", null).raw()));

        TreeSet<String> undocumented = new TreeSet<>();
        for (Traffic.Call call : Traffic.seen()) {
            Optional<Contract.Operation> operation = contract.find(call.method(), call.path());
            if (operation.isPresent() && !TRANSPORT.contains(call.status())
                    && !operation.get().responses().has(String.valueOf(call.status()))) {
                undocumented.add(operation.get() + " answered " + call.status()
                        + " (documents " + operation.get().responses().propertyNames() + ")");
            }
        }
        assertThat(Traffic.seen()).isNotEmpty();
        assertThat(undocumented).as("answers the description does not list").isEmpty();
    }

    /** A few answers of each kind, so that this test can fail when it runs alone. */
    private void aSmallWalk() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Map<String, Object> category = Map.of("code", "C" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Walk");
        String key = UUID.randomUUID().toString();
        Reply created = api.send("POST", "/api/v1/categories", admin, category, key);
        api.send("POST", "/api/v1/categories", admin, category, key);
        api.send("POST", "/api/v1/categories", admin, Map.of("code", "X", "name", "Other"), key);
        api.send("POST", "/api/v1/categories", admin, category, null);
        api.post("/api/v1/categories", cashier, category);
        api.get("/api/v1/categories/" + created.id(), null);
        api.get("/api/v1/categories/" + UUID.randomUUID(), admin);
        api.get("/api/v1/stores?limit=500", admin);
        api.send("DELETE", "/api/v1/categories/" + created.id(), admin, null, UUID.randomUUID().toString());
        api.send("POST", "/api/v1/auth/login", null, Map.of("login", brand.login("admin"), "password", "wrong"), null);
        List.of("/api/v1/me", "/api/v1/stock/transfer-places", "/api/v1/stock-locations")
                .forEach(path -> api.get(path, admin));
    }
}

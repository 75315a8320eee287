package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BadInputs.Expect;
import io.oneshelf.support.BadRequests;
import io.oneshelf.support.BadRequests.Try;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.EndpointWalk;
import io.oneshelf.support.EndpointWalk.Endpoint;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Walks EVERY registered {@code /api/v1} endpoint as the owner's HQ admin (a shop's endpoint as the owner's
 * customer) with a fixed catalogue of bad inputs ({@link BadRequests}) in each path variable, query parameter
 * (found from the controller's {@code @RequestParam}s) and body field (found from the endpoint's valid sample body,
 * nested lines too), and proves that each is refused with a 4xx problem+json naming the field, that nothing answers
 * 5xx, and that the owner's data and every table's row count are the same afterwards. An endpoint added later is
 * covered automatically; one the walk cannot address fails it with a message saying what to add to
 * {@link EndpointWalk} or {@code BadInputs}.
 */
class MalformedInputWalkTest extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(MalformedInputWalkTest.class);

    @Autowired
    EndpointWalk walk;

    @Test
    void every_endpoint_refuses_bad_input_with_a_4xx_problem_naming_the_field_and_changes_nothing() {
        Brand owner = brands.aBrand();
        String admin = api.login(owner.login("admin"), BrandFixture.PASSWORD);
        Map<String, String> ids = walk.ownerObjects(api, owner, admin);
        Map<String, Object> bodies = EndpointWalk.sampleBodies(owner, ids);
        Map<String, Map<String, String>> queries = EndpointWalk.sampleQueries(ids);
        listenersIdle();
        String snapshotBefore = walk.snapshot(owner);
        Map<String, Long> rowsBefore = rowCounts();

        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = walk.endpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);
        long started = System.nanoTime();
        int requests = 0;
        String shopper = walk.ownerShopper(owner).token();
        for (Endpoint endpoint : endpoints) {
            requests += walk(endpoint, ids, bodies, queries, admin, shopper, failures);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Malformed-input walk: {} endpoints, {} requests in {} ms", endpoints.size(), requests, millis);

        assertThat(failures).as("bad inputs not refused properly").isEmpty();
        assertThat(walk.snapshot(owner)).as("the owner's data after the walk").isEqualTo(snapshotBefore);
        assertThat(rowCounts()).as("row counts of every table after the walk").isEqualTo(rowsBefore);
    }

    /** Sends every bad request of one endpoint; answers how many. */
    private int walk(Endpoint endpoint, Map<String, String> ids, Map<String, Object> bodies,
                     Map<String, Map<String, String>> queries, String admin, String shopper, List<String> failures) {
        String path = EndpointWalk.fillIn(endpoint.pattern(), ids, failures);
        if (path == null) {
            return 0;
        }
        if (endpoint.mutating() && !bodies.containsKey(endpoint.key())) {
            failures.add("No sample body for " + endpoint.key() + ": add one to EndpointWalk.sampleBodies()");
            return 0;
        }
        List<Try> tries = BadRequests.of(endpoint, path, ids, bodies.get(endpoint.key()),
                queries.getOrDefault(endpoint.key(), Map.of()), failures);
        for (Try attempt : tries) {
            try {
                String token = endpoint.shop() ? shopper : admin;
                check(endpoint, attempt, send(endpoint.method(), attempt, token), failures);
            } catch (IllegalStateException e) {
                failures.add(endpoint.key() + " with " + attempt.label() + ": no answer (" + e.getMessage() + ")");
            }
        }
        return tries.size();
    }

    private static void check(Endpoint endpoint, Try attempt, Reply reply, List<String> failures) {
        String label = endpoint.key() + " with " + attempt.label() + " -> " + reply.status();
        boolean problem = reply.header("Content-Type") != null
                          && reply.header("Content-Type").startsWith("application/problem+json");
        if (reply.status() >= 500) {
            failures.add(label + " (server error): " + abbreviated(reply.raw()));
        } else if (reply.status() >= 400 && !problem) {
            failures.add(label + " is not problem+json: " + abbreviated(reply.raw()));
        } else if (attempt.expect() != Expect.NO_5XX && reply.status() < 400) {
            failures.add(label + ", expected a 4xx: " + abbreviated(reply.raw()));
        } else if (attempt.expect() == Expect.REFUSED_NAMING && !names(reply.body(), attempt.field())) {
            failures.add(label + " does not name " + attempt.field() + ": " + abbreviated(reply.raw()));
        }
    }

    /** Whether the problem names the field; a map's key may be named {@code specs.key} or {@code specs[key]}. */
    private static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asString().replaceAll("\\[([^0-9\\]][^\\]]*)]", ".$1");
            if (field.equals(named)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviated(String raw) {
        return raw == null || raw.length() < 400 ? raw : raw.substring(0, 400) + "…";
    }

    private Reply send(String method, Try attempt, String token) {
        String key = UUID.randomUUID().toString();
        if (attempt.body() instanceof BadRequests.Raw raw) {
            return api.send(method, attempt.path(), token, raw.text(), key, attempt.headers());
        }
        return api.send(method, attempt.path(), token, attempt.body(), key);
    }

    /** Rows per table of the whole database: a refused request must not leave a row anywhere. */
    /**
     * Waits until the listeners of earlier tests' events are through (no publication left incomplete, twice in a
     * row): a points earn of a sale made before the walk must not land in the walk's row counts.
     */
    private void listenersIdle() {
        Supplier<Long> incomplete = () -> brands.jdbc().sql("select count(*) from event_publication")
                .query(Long.class).single();
        Eventually.until("earlier tests' listeners to finish", Duration.ofSeconds(60),
                () -> incomplete.get() + pauseThen(incomplete), n -> n == 0);
    }

    private static long pauseThen(Supplier<Long> probe) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return probe.get();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = brands.jdbc().sql("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")
                .query(String.class).list();
        for (String table : tables) {
            counts.put(table, brands.jdbc().sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }
}

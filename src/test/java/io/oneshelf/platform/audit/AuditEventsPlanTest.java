package io.oneshelf.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.audit.AuditEvents.Filter;
import io.oneshelf.platform.audit.AuditEvents.Statement;
import io.oneshelf.platform.web.TimePage;
import io.oneshelf.platform.web.TimeWindow;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit list stays a walk of one index whatever its filters, period or cursor: EXPLAIN ANALYZE of exactly the
 * statement {@link AuditEvents} runs, on a brand with 200,000 events over a year (60 % on products, 30 % on SKUs,
 * 9 % on stores, 1 % on staff; one product with a history of 100 events), counts the audit rows PostgreSQL reads
 * and checks that nothing is sorted: a page reads about a page, also under a generic plan (what a prepared statement
 * gets after a few runs, planned without the values). Row counts, not timings: the same on any machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditEventsPlanTest extends ApiTest {

    private static final int EVENTS = 200_000;
    private static final int PAGE = 50;
    /** One event every 150 s from the start of 2025: the 200,000 span 347 days. */
    private static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final long STEP_MILLIS = 150_000;
    private static final OffsetDateTime MIDDLE = START.plusDays(200);
    /** A page and the row that tells whether another exists, and as much again: the plan's budget. */
    private static final long ROWS_READ_BOUND = 2L * (PAGE + 1);
    /** A filter matching fewer events than this (of 200,000) is rare: 0.5 %. */
    private static final long RARE = 1_000;
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Pattern NAMED = Pattern.compile(":([A-Za-z]\\w*)");

    @Autowired
    private AuditEvents events;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private Brand brand;
    private final UUID product = UUID.fromString("0195a000-0000-7000-8000-00000000beef");

    @BeforeAll
    void aBrandWith200kEventsOverAYear() {
        brand = brands.aBrand();
        jdbc.sql("""
                insert into audit_event(id, tenant_id, occurred_at, actor_name, action, entity_type, entity_id)
                select cast(lpad(to_hex(ms), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15) as uuid),
                       :tenant, to_timestamp(ms / 1000.0), 'seed',
                       type || case when i % 7 = 0 then '.created' else '.edited' end, type,
                       case when i % 2000 = 0 then :product else cast(h as uuid) end
                from (select i, :start + i * cast(:step as bigint) as ms, md5(cast(i as text)) as h,
                             case when i % 100 < 60 then 'product' when i % 100 < 90 then 'sku'
                                  when i % 100 < 99 then 'store' else 'staff' end as type
                      from generate_series(0, :events - 1) as i) as s""")
                .param("tenant", brand.tenantId()).param("product", product)
                .param("start", START.toInstant().toEpochMilli()).param("step", STEP_MILLIS)
                .param("events", EVENTS)
                .update();
        jdbc.sql("analyze audit_event").update();
    }

    @AfterAll
    void forgetTheEvents() {
        jdbc.sql("delete from audit_event where tenant_id = :tenant").param("tenant", brand.tenantId()).update();
    }

    /** Every combination of the filters, each with values common and rare, and one that matches nothing. */
    Stream<Filter> filters() {
        return Stream.of(new Filter(null, null, null),
                new Filter("product", null, null), new Filter("staff", null, null),
                new Filter(null, "sku.edited", null), new Filter(null, "staff.created", null),
                new Filter("product", "product.edited", null), new Filter("staff", "staff.created", null),
                new Filter("staff", "product.edited", null),
                new Filter(null, null, product), new Filter("product", null, product),
                new Filter(null, "product.created", product), new Filter("product", "product.created", product),
                new Filter("store", null, product));
    }

    /** Each filter with each kind of page: the newest, a jump to a day, oldest from a day, and a cursor's page. */
    Stream<Arguments> pages() {
        return filters().flatMap(f -> Stream.of(
                Arguments.of(f, "the newest page", TimeWindow.of(null, null, null, null)),
                Arguments.of(f, "a jump to a day", TimeWindow.of(null, MIDDLE, null, null)),
                Arguments.of(f, "oldest first from a day", TimeWindow.of(MIDDLE, null, "oldest", null)),
                Arguments.of(f, "older within a period", TimeWindow.of(START.plusDays(30), MIDDLE, null,
                        cursorOf(f, true))),
                Arguments.of(f, "newer within a period", TimeWindow.of(START.plusDays(30), MIDDLE, null,
                        cursorOf(f, false)))));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pages")
    void a_page_reads_about_a_page_without_sorting(Filter filter, String what, TimeWindow window) {
        JsonNode plan = explain(statement(filter, window), false);

        assertShape(plan, rare(filter));
        assertThat(rowsRead(plan)).as(plan.toString()).isLessThanOrEqualTo(bound(filter));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pages")
    void a_page_reads_about_a_page_without_sorting_also_under_a_generic_plan(Filter filter, String what,
                                                                          TimeWindow window) {
        JsonNode plan = explain(statement(filter, window), true);

        assertShape(plan, rare(filter));
        assertThat(rowsRead(plan)).as(plan.toString()).isLessThanOrEqualTo(bound(filter));
    }

    @Test
    void the_pages_hold_what_the_filters_say_newest_first() {
        TimePage<AuditEvent> staff = events.page(brand.tenantId(), new Filter("staff", "staff.created", null),
                TimeWindow.of(null, MIDDLE, null, null), PAGE);
        assertThat(staff.items()).hasSize(PAGE).allMatch(e -> e.entityType().equals("staff")
                && e.action().equals("staff.created") && e.occurredAt().isBefore(MIDDLE));
        assertThat(staff.items()).extracting(AuditEvent::occurredAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        TimePage<AuditEvent> history = events.page(brand.tenantId(), new Filter(null, null, product),
                TimeWindow.of(null, null, null, null), 200);
        assertThat(history.items()).hasSize(EVENTS / 2000).allMatch(e -> e.entityId().equals(product));
        assertThat(history.nextCursor()).isNull();
    }

    /** A cursor from the first page of the period, leading older ({@code next}) or back newer from its second. */
    private String cursorOf(Filter filter, boolean older) {
        TimeWindow period = TimeWindow.of(START.plusDays(30), MIDDLE, null, null);
        TimePage<AuditEvent> first = events.page(brand.tenantId(), filter, period, 5);
        if (first.nextCursor() == null) {
            return null;
        }
        if (older) {
            return first.nextCursor();
        }
        TimePage<AuditEvent> second = events.page(brand.tenantId(), filter,
                TimeWindow.of(START.plusDays(30), MIDDLE, null, first.nextCursor()), 5);
        return second.previousCursor();
    }

    private Statement statement(Filter filter, TimeWindow window) {
        return events.statement(brand.tenantId(), filter, window, PAGE + 1);
    }

    /**
     * A limit over index scans of audit_event's yearly partitions (decision 0015), merged in id order when more
     * than one is left after pruning: rows come in order, nothing is collected and sorted. Above the limit, only
     * the window's far bound may filter the page (a subquery scan of at most the page's rows).
     */
    private static void assertShape(JsonNode plan, boolean rare) {
        JsonNode limit = plan;
        while (limit.get("Node Type").asString().equals("Subquery Scan")) {
            limit = limit.get("Plans").get(0);
        }
        assertThat(limit.get("Node Type").asString()).as(plan.toString()).isEqualTo("Limit");
        JsonNode below = limit.get("Plans").get(0);
        if (rare && below.get("Node Type").asString().equals("Sort")) {
            // a value this rare may be read whole and sorted: the bound in bound() still holds
            below = below.get("Plans").get(0);
        }
        if (below.get("Node Type").asString().equals("Append")) {
            below.get("Plans").forEach(p -> assertThat(p.get("Relation Name").asString()).as(plan.toString())
                    .startsWith("audit_event"));
            return;
        }
        List<JsonNode> scans = new ArrayList<>();
        if (below.get("Node Type").asString().equals("Merge Append")) {
            below.get("Plans").forEach(scans::add);
        } else {
            scans.add(below);
        }
        for (JsonNode scan : scans) {
            assertThat(scan.get("Node Type").asString()).as(plan.toString()).isIn("Index Scan", "Index Only Scan");
            assertThat(scan.get("Relation Name").asString()).as(plan.toString()).startsWith("audit_event");
            assertThat(scan.get("Index Name").asString()).as(plan.toString()).startsWith("audit_event_");
            assertThat(scan.path("Plans").isMissingNode()).as(plan.toString()).isTrue();
        }
    }

    /**
     * Fewer matching events than the rare-value limit: PostgreSQL may then read them all and sort them (the yearly
     * partitions, one of them still empty, make that the cheaper plan for a filter it thinks matches a few rows).
     */
    private boolean rare(Filter filter) {
        return matching(filter) < RARE;
    }

    private long bound(Filter filter) {
        return rare(filter) ? Math.max(ROWS_READ_BOUND, matching(filter)) : ROWS_READ_BOUND;
    }

    private long matching(Filter filter) {
        return jdbc.sql("select count(*) from audit_event where tenant_id = :t"
                        + (filter.entityType() == null ? "" : " and entity_type = :type")
                        + (filter.action() == null ? "" : " and action = :action")
                        + (filter.entityId() == null ? "" : " and entity_id = :id"))
                .param("t", brand.tenantId()).param("type", filter.entityType()).param("action", filter.action())
                .param("id", filter.entityId()).query(Long.class).single();
    }

    private JsonNode explain(Statement statement, boolean generic) {
        String answer = transactions.execute(tx -> {
            if (!generic) {
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
                return jdbc.sql("explain (analyze, format json) " + statement.sql()).params(statement.params())
                        .query(String.class).single();
            }
            // the values as literals of an EXECUTE: the plan was made at PREPARE time without them
            Map<String, Integer> numbers = new LinkedHashMap<>();
            Matcher named = NAMED.matcher(statement.sql());
            StringBuilder sql = new StringBuilder();
            while (named.find()) {
                int n = numbers.computeIfAbsent(named.group(1), k -> numbers.size() + 1);
                named.appendReplacement(sql, "\\$" + n);
            }
            named.appendTail(sql);
            List<String> types = new ArrayList<>();
            List<String> values = new ArrayList<>();
            numbers.keySet().forEach(name -> {
                Object value = statement.params().get(name);
                types.add(value instanceof Integer ? "int" : value instanceof UUID ? "uuid"
                        : value instanceof UUID[] ? "uuid[]" : "text");
                values.add(value instanceof Integer ? value.toString()
                        : value instanceof UUID[] array ? "'{" + array[0] + "}'"
                        : "'" + value.toString().replace("'", "''") + "'");
            });
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            jdbc.sql("prepare audit_page(" + String.join(", ", types) + ") as " + sql).update();
            String plan = jdbc.sql("explain (analyze, format json) execute audit_page(" + String.join(", ", values)
                    + ")").query(String.class).single();
            jdbc.sql("deallocate audit_page").update();
            return plan;
        });
        return json.readTree(answer).get(0).get("Plan");
    }

    /** Rows of audit_event the plan read (kept or filtered out), over all nodes. */
    private static long rowsRead(JsonNode node) {
        long read = 0;
        if (node.has("Relation Name") && node.get("Relation Name").asString().equals("audit_event")) {
            read += node.get("Actual Loops").asLong() * (node.get("Actual Rows").asLong()
                    + node.path("Rows Removed by Filter").asLong(0)
                    + node.path("Rows Removed by Index Recheck").asLong(0));
        }
        for (JsonNode child : node.path("Plans")) {
            read += rowsRead(child);
        }
        return read;
    }
}

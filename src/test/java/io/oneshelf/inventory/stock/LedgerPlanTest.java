package io.oneshelf.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.platform.web.TimeWindow;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's reads keep to their indexes on a long history: EXPLAIN ANALYZE of exactly the statements the
 * movements list and the reconciliation check run, on a brand with 200,000 movements over 400 days, counts the
 * ledger rows PostgreSQL reads, for every filter combination, with custom and with forced generic plans. Row
 * counts, not timings: the same on any machine. Fails if, say, a SKU filter goes back to walking the whole ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPlanTest extends ApiTest {

    private static final int AGED = 200_000;
    private static final int PAGE = 51;
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    SkuFixture skus;
    @Autowired
    Balances balances;
    @Autowired
    StockCheckpoints checkpoints;
    @Autowired
    LedgerReconciliation reconciliation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private Brand brand;
    private UUID[] places;
    private UUID agedSku;
    private UUID newSku;

    @BeforeEach
    void aBrandWith200000MovementsOver400DaysAndASkuCreatedToday() {
        if (brand != null) {
            return;
        }
        brand = brands.aBrand();
        places = new UUID[] {brand.storeId(), brand.otherStoreId(), brand.warehouseId()};
        agedSku = skus.aSku(brand);
        newSku = skus.aSku(brand);
        // Cancelling pairs (+1 then -1 at the same place), so every balance stays what the API made it.
        jdbc.sql("""
                insert into stock_movement (id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                                            actor_name, occurred_at)
                select (lpad(to_hex((extract(epoch from t) * 1000)::bigint), 12, '0') || '7'
                        || substr(md5(g::text), 1, 3) || '8' || substr(md5(g::text || 'v7'), 1, 15))::uuid,
                       :tenant, :sku, (cast(:places as uuid[]))[1 + (g / 2) % 3],
                       case when g % 2 = 0 then 'RECEIPT' else 'ADJUSTMENT' end, case when g % 2 = 0 then 1 else -1 end,
                       0, 'aged', t
                from (select g, now() - interval '400 days' + g * (interval '399 days' / :n) as t
                      from generate_series(0, :n - 1) g) x""")
                .param("tenant", brand.tenantId()).param("sku", agedSku).param("places", places)
                .param("n", AGED).update();
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        for (UUID place : places) {
            admin.receive(agedSku, place, 5);
        }
        admin.receive(newSku, brand.storeId(), 3);
        admin.adjust(newSku, brand.storeId(), -1, "damaged");
        jdbc.sql("analyze stock_movement").update();
        reconciliation.advance(brand.tenantId());
        admin.receive(agedSku, brand.storeId(), 2);
    }

    @Test
    void every_filter_combination_reads_about_one_page_of_the_ledger_first_page_and_a_year_ago() {
        TimeWindow latest = TimeWindow.of(null, null, null, null);
        TimeWindow yearAgo = TimeWindow.of(null, OffsetDateTime.now().minusDays(365), null, null);
        TimeWindow oldest = TimeWindow.of(null, null, "oldest", null);
        TimeWindow period = TimeWindow.of(OffsetDateTime.now().minusDays(200), OffsetDateTime.now().minusDays(100),
                null, null);
        for (TimeWindow window : new TimeWindow[] {latest, yearAgo, oldest, period}) {
            for (UUID sku : new UUID[] {null, agedSku, newSku}) {
                for (UUID place : new UUID[] {null, brand.storeId()}) {
                    for (boolean generic : new boolean[] {false, true}) {
                        Balances.Sql sql = balances.movementsSql(brand.tenantId(), places, sku, place, window, PAGE);
                        long read = ledgerRowsRead(explain(sql, generic));
                        // about one page from each place (3 places), against 200,000 rows in the ledger
                        assertThat(read).as("sku %s place %s window %s generic %s: %s", sku, place, window, generic,
                                sql.text()).isLessThanOrEqualTo(4L * PAGE);
                    }
                }
            }
        }
    }

    @Test
    void a_page_from_a_year_ago_holds_movements_of_that_time() {
        OffsetDateTime yearAgo = OffsetDateTime.now().minusDays(365);
        TimeWindow window = TimeWindow.of(null, yearAgo, null, null);
        var page = balances.movements(brand.tenantId(), places, agedSku, brand.storeId(), window, PAGE);
        assertThat(page).hasSize(PAGE);
        assertThat(page.get(0).occurredAt()).isBefore(yearAgo).isAfter(yearAgo.minusDays(1));
        assertThat(page).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
    }

    @Test
    void a_check_after_an_advance_reads_only_the_movements_since_by_brand_place_and_sku() {
        long horizon = checkpoints.horizon(brand.tenantId()).horizon();
        for (UUID sku : new UUID[] {null, agedSku}) {
            for (UUID place : new UUID[] {null, brand.storeId()}) {
                for (boolean generic : new boolean[] {false, true}) {
                    Balances.Sql sql = checkpoints.checkSql(brand.tenantId(), places, sku, place, horizon);
                    JsonNode plan = explain(sql, generic);
                    // the one movement since (the index on tx reads the tail and nothing else)
                    assertThat(ledgerRowsRead(plan)).as("sku %s place %s generic %s: %s", sku, place, generic, plan)
                            .isLessThan(10);
                }
            }
        }
        assertThat(checkpoints.check(brand.tenantId(), places, null, null, horizon).differences()).isEmpty();
        assertThat(checkpoints.check(brand.tenantId(), places, null, null, horizon).movementsSince()).isEqualTo(1);
    }

    /**
     * EXPLAIN ANALYZE of the statement, planned for its parameter values (custom) or, as PostgreSQL does once it
     * has cached a prepared statement, for any values (generic: PREPARE and EXECUTE under force_generic_plan).
     */
    private JsonNode explain(Balances.Sql sql, boolean generic) {
        String answer = transactions.execute(tx -> {
            if (!generic) {
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
                return jdbc.sql("explain (analyze, format json) " + sql.text()).paramSource(sql.params())
                        .query(String.class).single();
            }
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            List<String> values = new ArrayList<>();
            Matcher named = Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql.text());
            StringBuilder positional = new StringBuilder();
            Map<String, Integer> numbers = new HashMap<>();
            while (named.find()) {
                int n = numbers.computeIfAbsent(named.group(1), name -> {
                    values.add(literal(sql.params().getValue(name)));
                    return values.size();
                });
                named.appendReplacement(positional, "\\$" + n);
            }
            named.appendTail(positional);
            jdbc.sql("prepare plan_test as " + positional).update();
            try {
                return jdbc.sql("explain (analyze, format json) execute plan_test(" + String.join(", ", values) + ")")
                        .query(String.class).single();
            } finally {
                jdbc.sql("deallocate plan_test").update();
            }
        });
        JsonNode plan = json.readTree(answer).get(0).get("Plan");
        if (generic && !sql.params().getValues().isEmpty()) {
            // a generic plan shows its parameters as $n; a custom one shows their values
            assertThat(plan.toString()).as(plan.toString()).containsPattern("\\$\\d");
        }
        return plan;
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof UUID[] ids) {
            return "'{" + String.join(",", Arrays.stream(ids).map(UUID::toString).toList()) + "}'";
        }
        return value instanceof Number ? value.toString() : "'" + value + "'";
    }

    /** Rows of stock_movement the plan read (kept or filtered out), over all nodes and loops. */
    private static long ledgerRowsRead(JsonNode node) {
        long read = 0;
        if (node.has("Relation Name") && node.get("Relation Name").asString().equals("stock_movement")) {
            read += node.get("Actual Loops").asLong() * (node.get("Actual Rows").asLong()
                    + node.path("Rows Removed by Filter").asLong(0)
                    + node.path("Rows Removed by Index Recheck").asLong(0));
        }
        for (JsonNode child : node.path("Plans")) {
            read += ledgerRowsRead(child);
        }
        return read;
    }
}

package io.oneshelf.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.product.Product.ProductStatus;
import io.oneshelf.catalog.product.ProductSearch.Filter;
import io.oneshelf.catalog.product.ProductSearch.Statement;
import io.oneshelf.platform.Ids;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search keeps using its indexes: EXPLAIN ANALYZE of exactly the statement {@link ProductSearch} runs, on a
 * brand of 3,000 products (9,000 SKUs) with statistics, counts the product rows PostgreSQL reads and names the
 * indexes it uses. Row counts, not timings: the same on any machine. Fails if, say, a 1- or 2-character Chinese
 * fragment goes back to reading every product, as it did with pg_trgm alone.
 */
// First of all classes: the planner's estimates depend on how many products other tests' brands have made.
@org.junit.jupiter.api.Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchPlanTest extends ApiTest {

    private static final int PRODUCTS = 3_000;
    private static final int PAGE = 50;
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ProductSearch search;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private Brand brand;
    private UUID smallCategory;

    /** What PostgreSQL did for one search: the product rows it read and the indexes it used. */
    record Plan(long productRowsRead, Set<String> indexes, JsonNode tree) {
    }

    @BeforeAll
    void aBrandWith3000ProductsOf3SkusEach() {
        brand = brands.aBrand();
        UUID big = category("BIG", "饮品与烘焙");
        smallCategory = category("SMALL", "周边");
        List<Object[]> products = new ArrayList<>();
        List<Object[]> skus = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            UUID id = Ids.next();
            String code = "P%05d".formatted(i);
            boolean small = i % 100 == 50;
            products.add(new Object[]{id, code, nameOf(i), small ? smallCategory : big,
                    i % 10 == 0 ? "ON_SHELF" : "DRAFT"});
            for (int k = 1; k <= 3; k++) {
                skus.add(new Object[]{Ids.next(), id, code + "-" + k, nameOf(i) + " " + new String[]{"中杯", "大杯", "盒装"}[k - 1]});
            }
        }
        insert(products, skus);
        jdbc.sql("analyze spu").update();
    }

    /**
     * 29 % of the names hold 茶, 1 % 榴 (and nothing else does), 1 % 西湖龙井 (the only 龙 and 井); 火锅 nowhere.
     * Every 10th product is on shelf, the small category's 30 among them.
     */
    private static String nameOf(int i) {
        String[] flavours = {"芒果", "草莓", "椰子", "芝士", "焦糖", "香草", "红豆"};
        String[] bases = {"蛋糕", "吐司", "慕斯", "马克杯", "布丁", "可颂", "贝果"};
        if (i % 100 == 7) {
            return "榴莲千层";
        }
        if (i % 100 == 11) {
            return "西湖龙井";
        }
        String flavour = flavours[(i / 10) % flavours.length];
        return i % 10 < 3 ? flavour + "奶茶" : flavour + bases[(i / 7) % bases.length];
    }

    @Test
    void a_rare_chinese_character_is_looked_up_in_the_gram_index() {
        Plan plan = explain(new Filter("榴", null, null, null));

        assertThat(plan.indexes()).as(plan.tree().toString()).contains("spu_search_grams");
        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isLessThan(PRODUCTS / 20);
    }

    @Test
    void a_rare_pair_of_chinese_characters_is_looked_up_in_the_gram_index() {
        Plan plan = explain(new Filter("龙井", null, null, null));

        assertThat(plan.indexes()).as(plan.tree().toString()).contains("spu_search_grams");
        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isLessThan(PRODUCTS / 20);
    }

    @Test
    void a_rare_longer_fragment_is_looked_up_by_its_pairs_in_the_gram_index() {
        Plan plan = explain(new Filter("西湖龙井", null, null, null));

        assertThat(plan.indexes()).as(plan.tree().toString()).contains("spu_search_grams");
        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isLessThan(PRODUCTS / 20);
    }

    @Test
    void a_fragment_found_nowhere_reads_no_product() {
        Plan plan = explain(new Filter("火锅", null, null, null));

        assertThat(plan.indexes()).as(plan.tree().toString()).contains("spu_search_grams");
        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isZero();
    }

    @Test
    void a_code_fragment_is_looked_up_in_the_gram_index() {
        Plan plan = explain(new Filter("P0042", null, null, null));

        assertThat(plan.indexes()).as(plan.tree().toString()).contains("spu_search_grams");
        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isLessThan(PRODUCTS / 20);
        assertThat(codes(new Filter("p0042", null, null, null))).hasSize(10).allMatch(c -> c.startsWith("P0042"));
    }

    @Test
    void an_exact_barcode_reads_only_its_product() {
        UUID sku = jdbc.sql("select k.id from sku k join spu s on s.id = k.spu_id"
                        + " where s.tenant_id = :t and s.code = 'P01234' and k.code = 'P01234-2'")
                .param("t", brand.tenantId()).query(UUID.class).single();
        String barcode = "2990001234" + "56";
        barcode += BarcodePolicy.checkDigit(barcode);
        jdbc.sql("insert into barcode(tenant_id, code, sku_id) values (:t, :c, :k)")
                .param("t", brand.tenantId()).param("c", barcode).param("k", sku).update();

        Plan plan = explain(new Filter(barcode, null, null, null));

        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isLessThan(PRODUCTS / 20);
        assertThat(codes(new Filter(barcode, null, null, null))).containsExactly("P01234");
    }

    @Test
    void a_fragment_in_a_third_of_the_products_stops_after_one_page_in_id_order() {
        Plan plan = explain(new Filter("茶", null, null, null));

        // Stops early: a Limit straight over a scan in id order, no sort of all 870 matches.
        assertThat(plan.tree().get("Node Type").asString()).as(plan.tree().toString()).isEqualTo("Limit");
        JsonNode scan = plan.tree().get("Plans").get(0);
        assertThat(scan.get("Node Type").asString()).as(plan.tree().toString()).isEqualTo("Index Scan");
        assertThat(scan.get("Index Name").asString()).as(plan.tree().toString()).isIn("spu_pkey", "spu_tenant_id");
        // A page of 51 (one more tells whether there is a next page) at 29 %: about 175 of the brand's rows. With
        // this brand 90 % of the table, PostgreSQL may as well walk the primary key, which also passes the other
        // test brands' older products: they are read too, and the bound allows for them.
        assertThat(plan.productRowsRead()).as(plan.tree().toString())
                .isLessThan(PRODUCTS / 10 + productsOfOtherBrands());
        assertThat(codes(new Filter("茶", null, null, null))).hasSize(PAGE + 1);
    }

    @Test
    void a_small_category_with_a_status_reads_little_more_than_its_products() {
        Plan plan = explain(new Filter(null, smallCategory, ProductStatus.ON_SHELF, null));

        assertThat(plan.productRowsRead()).as(plan.tree().toString()).isLessThan(PRODUCTS / 20);
        assertThat(codes(new Filter(null, smallCategory, ProductStatus.ON_SHELF, null))).hasSize(PRODUCTS / 100);
    }

    private long productsOfOtherBrands() {
        return jdbc.sql("select count(*) from spu where tenant_id <> :t").param("t", brand.tenantId())
                .query(Long.class).single();
    }

    private Plan explain(Filter filter) {
        String answer = transactions.execute(tx -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            Statement statement = search.statement(brand.tenantId(), filter, new UUID(0, 0), PAGE + 1);
            return jdbc.sql("explain (analyze, format json) " + statement.sql()).params(statement.params())
                    .query(String.class).single();
        });
        JsonNode tree = json.readTree(answer).get(0).get("Plan");
        Set<String> indexes = new HashSet<>();
        return new Plan(productRowsRead(tree, indexes), indexes, tree);
    }

    /** Rows of spu the plan read (kept or filtered out), over all nodes; collects the index names on the way. */
    private static long productRowsRead(JsonNode node, Set<String> indexes) {
        if (node.has("Index Name")) {
            indexes.add(node.get("Index Name").asString());
        }
        long read = 0;
        if (node.has("Relation Name") && node.get("Relation Name").asString().equals("spu")) {
            long loops = node.get("Actual Loops").asLong();
            read += loops * (node.get("Actual Rows").asLong() + removed(node, "Rows Removed by Filter")
                    + removed(node, "Rows Removed by Index Recheck"));
        }
        for (JsonNode child : node.path("Plans")) {
            read += productRowsRead(child, indexes);
        }
        return read;
    }

    private static long removed(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asLong() : 0;
    }

    private List<String> codes(Filter filter) {
        return search.find(brand.tenantId(), filter, new UUID(0, 0), PAGE + 1).stream()
                .map(ProductSearch.ProductSummary::code).toList();
    }

    private UUID category(String code, String name) {
        UUID id = Ids.next();
        jdbc.sql("insert into category(id, tenant_id, code, name, created_at) values (:id, :t, :c, :n, now())")
                .param("id", id).param("t", brand.tenantId()).param("c", code).param("n", name).update();
        return id;
    }

    private void insert(List<Object[]> products, List<Object[]> skus) {
        jdbc.sql("""
                insert into spu(id, tenant_id, code, name, category_id, unit, status, version, created_at, updated_at)
                select u.id, :t, u.code, u.name, u.category, '个', u.status, 0, now(), now()
                from unnest(:ids, :codes, :names, :categories, :statuses) as u(id, code, name, category, status)""")
                .param("t", brand.tenantId())
                .param("ids", column(products, 0, UUID[]::new)).param("codes", column(products, 1, String[]::new))
                .param("names", column(products, 2, String[]::new))
                .param("categories", column(products, 3, UUID[]::new))
                .param("statuses", column(products, 4, String[]::new))
                .update();
        jdbc.sql("""
                insert into sku(id, tenant_id, spu_id, code, name, status, version, created_at, updated_at)
                select u.id, :t, u.spu, u.code, u.name, 'ACTIVE', 0, now(), now()
                from unnest(:ids, :spus, :codes, :names) as u(id, spu, code, name)""")
                .param("t", brand.tenantId())
                .param("ids", column(skus, 0, UUID[]::new)).param("spus", column(skus, 1, UUID[]::new))
                .param("codes", column(skus, 2, String[]::new)).param("names", column(skus, 3, String[]::new))
                .update();
    }

    private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
        @SuppressWarnings("unchecked")
        T[] values = rows.stream().map(r -> (T) r[index]).toArray(array);
        return values;
    }
}

package io.oneshelf.catalog;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.Ids;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A product's search text and grams (V30, V32) stay right for large products, and writing N SKUs costs one
 * rebuild of the text, not N. Counts and contents, no timings: a product of 400 SKUs took seconds to create
 * while each SKU re-checked the text and the grams were computed in quadratic time (docs/decisions/0011).
 */
class ProductSearchTextTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private Brand brand;
    private String admin;
    private String category;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        category = aCategory(api, admin, "WEAR", "服饰", null);
    }

    @Test
    void a_product_of_400_skus_is_found_by_every_sku_after_creation_and_after_new_spec_values_and_barcodes() {
        Reply created = aProduct(api, admin, Map.of("code", "TS", "name", "纯棉T恤", "categoryId", category,
                "unit", "件", "specAttributes", List.of(attribute("颜色", "色", 20), attribute("尺码", "码", 19))));
        assertSearchTextListsEverySku(created.id(), 380);

        Reply added = api.post("/api/v1/products/" + created.id() + "/spec-values", admin, Map.of("version", 0,
                "specAttributes", List.of(Map.of("name", "尺码", "values", List.of("特大号")))));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        String newSku = added.body().get("skus").get(399).get("id").asString();
        String barcode = anEan13();
        assertThat(api.post("/api/v1/skus/" + newSku + "/barcodes", admin, Map.of("code", barcode)).status())
                .isEqualTo(201);

        assertSearchTextListsEverySku(created.id(), 400);
        assertThat(codesFound("特大")).containsExactly("TS");
        assertThat(codesFound(added.body().get("skus").get(399).get("code").asString())).containsExactly("TS");
        assertThat(codesFound(barcode)).containsExactly("TS");
    }

    @Test
    void a_transaction_writing_400_skus_rebuilds_its_product_text_once_and_again_only_for_later_writes() {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local track_functions = 'all'").update();
            Work before = work();
            UUID product = aProductRow("BULK", "批量商品");
            IntStream.range(0, 400).forEach(i -> aSkuRow(product, "BULK-" + i, "批量商品 款" + i));
            jdbc.sql("set constraints all immediate").update();
            Work written = work().minus(before);

            assertThat(written.rebuilds()).isEqualTo(1);
            // V30 re-checked the text once per SKU: 400 x 400 SKU rows read.
            assertThat(written.skuRowsRead()).isLessThan(2_000);
            assertThat(searchText(product).split("\n")).hasSize(2 + 2 * 400).contains("批量商品 款399");

            aSkuRow(product, "BULK-LATE", "批量商品 晚到");
            jdbc.sql("set constraints all immediate").update();

            assertThat(work().minus(before).rebuilds()).isEqualTo(2);
            assertThat(searchText(product)).contains("批量商品 晚到\nbulk-late");
            tx.setRollbackOnly();
        });
    }

    @Test
    void a_sku_moved_or_deleted_leaves_its_old_products_text_at_the_commit() {
        UUID[] ids = transactions.execute(tx -> {
            UUID a = aProductRow("A1", "苹果");
            UUID b = aProductRow("B1", "香蕉");
            UUID moving = aSkuRow(a, "A1-M", "移动款");
            UUID deleted = aSkuRow(a, "A1-D", "删除款");
            aSkuRow(b, "B1-1", "香蕉款");
            return new UUID[]{a, b, moving, deleted};
        });
        assertThat(searchText(ids[0])).isEqualTo("苹果\na1\n" + lines(ids[0])).contains("移动款\na1-m", "删除款\na1-d");

        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update sku set spu_id = :b where id = :id").param("b", ids[1]).param("id", ids[2]).update();
            jdbc.sql("delete from sku where id = :id").param("id", ids[3]).update();
        });

        assertThat(searchText(ids[0])).isEqualTo("苹果\na1");
        assertThat(searchText(ids[1])).startsWith("香蕉\nb1\n").contains("移动款\na1-m", "香蕉款\nb1-1");
        assertThat(jdbc.sql("select count(*) from catalog_search_pending").query(Long.class).single()).isZero();
    }

    @Test
    void the_grams_are_the_characters_and_adjacent_pairs_of_each_line_as_v30_defined_them() {
        List<String> texts = new ArrayList<>(List.of("", "a", "\n", "a\n", "\nb", "AbC\nDE", "珍珠奶茶\nMT01-LH\n大杯 熱",
                "茶茶茶", "🍵茶\n100%葡萄汁", "Ⅻ ÄÖ e\u0301"));
        Random random = new Random(32);
        String alphabet = "茶奶珍珠龙井aBz09-% \n\n🍵é";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            random.ints(random.nextInt(60), 0, alphabet.codePointCount(0, alphabet.length()))
                    .forEach(k -> text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, k))));
            texts.add(text.toString());
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql(V30_GRAMS).update();
            for (String text : texts) {
                List<String> grams = grams("catalog_grams", text);
                assertThat(grams).as(text).isEqualTo(grams("pg_temp.v30_grams", text));
                assertThat(Set.copyOf(grams)).as(text).isEqualTo(expectedGrams(text));
            }
            tx.setRollbackOnly();
        });
    }

    /** catalog_grams as V30 defined it, to compare with: the same answers, in quadratic time. */
    private static final String V30_GRAMS = """
            create function pg_temp.v30_grams(doc text) returns text[] language sql immutable strict as $$
                select coalesce(array_agg(distinct g), '{}')
                from (select lower(doc) as t) d,
                     lateral (select substr(d.t, i, 1) as g from generate_series(1, length(d.t)) i
                              union all
                              select substr(d.t, i, 2) from generate_series(1, length(d.t) - 1) i) grams
                where position(E'\\n' in g) = 0
            $$""";

    private List<String> grams(String function, String text) {
        return jdbc.sql("select unnest(" + function + "(:text))").param("text", text).query(String.class).list();
    }

    /** What a product's search text must be: its name and code, then each SKU's, in SKU id order, lower-cased. */
    private void assertSearchTextListsEverySku(String productId, int skus) {
        UUID id = UUID.fromString(productId);
        String text = searchText(id);
        assertThat(text).isEqualTo(("纯棉T恤\nTS\n" + lines(id)).toLowerCase());
        assertThat(text.split("\n")).hasSize(2 + 2 * skus);
        assertThat(jdbc.sql("select unnest(search_grams) from spu where id = :id").param("id", id)
                .query(String.class).set()).isEqualTo(expectedGrams(text));
    }

    /** The characters and pairs of adjacent characters of a text, lower-cased, none holding a line break. */
    private static Set<String> expectedGrams(String text) {
        int[] chars = text.toLowerCase().codePoints().toArray();
        Set<String> grams = new TreeSet<>();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '\n') {
                grams.add(Character.toString(chars[i]));
                if (i + 1 < chars.length && chars[i + 1] != '\n') {
                    grams.add(Character.toString(chars[i]) + Character.toString(chars[i + 1]));
                }
            }
        }
        return grams;
    }

    private String lines(UUID product) {
        return String.join("\n", jdbc.sql("select lower(name || E'\\n' || code) from sku where spu_id = :p order by id")
                .param("p", product).query(String.class).list());
    }

    private String searchText(UUID product) {
        return jdbc.sql("select search_text from spu where id = :id").param("id", product).query(String.class).single();
    }

    private List<String> codesFound(String fragment) {
        Reply reply = api.get("/api/v1/products?q=" + URLEncoder.encode(fragment, StandardCharsets.UTF_8), admin);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().get("items").findValuesAsString("code");
    }

    private static Map<String, Object> attribute(String name, String prefix, int values) {
        return Map.of("name", name, "values", IntStream.rangeClosed(1, values).mapToObj(i -> prefix + i).toList());
    }

    private UUID aProductRow(String code, String name) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into spu(id, tenant_id, code, name, category_id, unit, spec_attributes, status, channels,
                                version, created_at, updated_at)
                values (:id, :tenant, :code, :name, :category, '件', '[]', 'DRAFT', '{}', 0, now(), now())""")
                .param("id", id).param("tenant", brand.tenantId()).param("code", code).param("name", name)
                .param("category", UUID.fromString(category)).update();
        return id;
    }

    private UUID aSkuRow(UUID product, String code, String name) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into sku(id, tenant_id, spu_id, code, name, specs, status, version, created_at, updated_at)
                values (:id, :tenant, :product, :code, :name, '{}', 'ACTIVE', 0, now(), now())""")
                .param("id", id).param("tenant", brand.tenantId()).param("product", product).param("code", code)
                .param("name", name).update();
        return id;
    }

    /**
     * Search-text rebuilds and SKU rows read so far by this transaction's session (PostgreSQL's per-transaction
     * statistics; within one transaction they only grow, so a difference is what happened in between).
     */
    private record Work(long rebuilds, long skuRowsRead) {

        Work minus(Work earlier) {
            return new Work(rebuilds - earlier.rebuilds, skuRowsRead - earlier.skuRowsRead);
        }
    }

    private Work work() {
        long rebuilds = jdbc.sql("""
                select coalesce(sum(calls), 0) from pg_stat_xact_user_functions
                where funcname = 'catalog_refresh_search_text'""").query(Long.class).single();
        long skuRows = jdbc.sql("""
                select coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0) from pg_stat_xact_user_tables
                where relname = 'sku'""").query(Long.class).single();
        return new Work(rebuilds, skuRows);
    }
}

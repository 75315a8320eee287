package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds products by a fragment of a name or code (of the product or of one of its SKUs), an exact barcode, a
 * category with everything below it, a status and a channel, a page at a time in id order.
 *
 * <p>A fragment is looked up in the character grams of the products' search text (migration V30): one character
 * by itself, a longer fragment by its character pairs, which a GIN index answers for Chinese fragments of one or
 * two characters too, where pg_trgm has no trigram to look for. Only the filters given are in the SQL, and the
 * statement is planned for the values at hand: a fragment in a third of the products is answered by walking the
 * products in id order until the page is full, a rare one through the index (docs/decisions/0010).
 */
@Repository
public class ProductSearch {

    /** A product as listed, without its variants; with the URL of its main picture when it has one. */
    public record ProductSummary(UUID id, String code, String name, UUID categoryId, UUID brandId, String unit,
                          Product.ProductStatus status, Set<SalesChannel> channels, int skuCount,
                          int version, OffsetDateTime updatedAt, String mainImageUrl) {

        /** A summary as the search finds it; the picture is looked up afterwards for the page only. */
        ProductSummary(UUID id, String code, String name, UUID categoryId, UUID brandId, String unit,
                       Product.ProductStatus status, Set<SalesChannel> channels, int skuCount, int version,
                       OffsetDateTime updatedAt) {
            this(id, code, name, categoryId, brandId, unit, status, channels, skuCount, version, updatedAt, null);
        }

        ProductSummary withMainImageUrl(String url) {
            return new ProductSummary(id, code, name, categoryId, brandId, unit, status, channels, skuCount, version,
                    updatedAt, url);
        }
    }

    /** The filters of a product list; nulls filter nothing. */
    public record Filter(String q, UUID categoryId, Product.ProductStatus status, SalesChannel channel) {

        /** For callers outside this package, which name the status by its enum name (null = any). */
        public static Filter of(String q, UUID categoryId, String status, SalesChannel channel) {
            try {
                return new Filter(q, categoryId, status == null ? null : Product.ProductStatus.valueOf(status), channel);
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("status", "catalog.product.status-unknown");
            }
        }
    }

    private final JdbcClient jdbc;

    ProductSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement of the search with its parameters; EXPLAIN in tests runs exactly what {@link #find} runs. */
    record Statement(String sql, Map<String, Object> params) {
    }

    @Transactional(readOnly = true)
    public List<ProductSummary> find(UUID tenant, Filter f, UUID after, int limit) {
        // A cached generic plan would pick one plan for common and rare fragments, categories and statuses alike.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Statement statement = statement(tenant, f, after, limit);
        return jdbc.sql(statement.sql()).params(statement.params())
                .query((rs, n) -> new ProductSummary(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getObject("category_id", UUID.class),
                        rs.getObject("brand_id", UUID.class), rs.getString("unit"),
                        Product.ProductStatus.valueOf(rs.getString("status")),
                        Products.channelSet(rs.getArray("channels")), rs.getInt("skus"), rs.getInt("version"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }

    /** Only the filters given are in the SQL: a plan for the values at hand has nothing else to guess. */
    Statement statement(UUID tenant, Filter f, UUID after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "after", after, "limit", limit));
        List<String> where = new ArrayList<>(List.of("s.tenant_id = :tenant", "s.id > :after"));
        if (f.status() != null) {
            where.add("s.status = :status");
            params.put("status", f.status().name());
        }
        if (f.channel() != null) {
            where.add(":channel = any(s.channels)");
            params.put("channel", f.channel().name());
        }
        if (f.categoryId() != null) {
            where.add("s.category_id = any(:categories)");
            params.put("categories", subtree(tenant, f.categoryId()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.add(matching(tenant, f.q().trim(), params));
        }
        return new Statement("""
                select s.id, s.code, s.name, s.category_id, s.brand_id, s.unit, s.status, s.channels, s.version,
                       s.updated_at,
                       (select count(*) from sku k where k.tenant_id = s.tenant_id and k.spu_id = s.id) as skus
                from spu s
                where %s
                order by s.id limit :limit""".formatted(String.join(" and ", where)), params);
    }

    /**
     * The condition for a fragment: in the search text, or exactly the barcode of one of its SKUs. The grams are
     * what the index finds the candidates by; LIKE confirms them (a longer fragment's pairs may lie apart in the
     * text). LIKE comes first because, when PostgreSQL walks the products in id order instead, it tests the
     * conditions as written, and LIKE on the text is a few times cheaper than containment in the array.
     */
    private String matching(UUID tenant, String q, Map<String, Object> params) {
        params.put("q", q);
        params.put("like", like(q));
        String match = "s.search_text like lower(:like) and s.search_grams @> catalog_fragment_grams(:q)";
        Optional<UUID> scanned = productWithBarcode(tenant, q);
        if (scanned.isPresent()) {
            params.put("scanned", scanned.get());
            match += " or s.id = :scanned";
        }
        return "(" + match + ")";
    }

    /** The product whose SKU carries this barcode, if {@code q} can be a barcode at all (BarcodePolicy). */
    private Optional<UUID> productWithBarcode(UUID tenant, String q) {
        if (!q.matches("\\d{8}|\\d{12}|\\d{13}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select k.spu_id from barcode b join sku k on k.id = b.sku_id
                where b.tenant_id = :tenant and b.code = :code""")
                .param("tenant", tenant).param("code", q).query(UUID.class).optional();
    }

    /**
     * The category and all below it, as values: with them, the planner knows how many products they hold (a
     * subquery would leave it guessing) and can choose between the category index and walking in id order.
     */
    private UUID[] subtree(UUID tenant, UUID category) {
        return jdbc.sql("""
                with recursive t(id) as (
                    select id from category where tenant_id = :tenant and id = :category
                    union all
                    select c.id from category c join t on c.parent_id = t.id where c.tenant_id = :tenant)
                select id from t""")
                .param("tenant", tenant).param("category", category).query(UUID.class).list()
                .toArray(UUID[]::new);
    }

    /** A contains-pattern in which the user's own % and _ are literal characters. */
    static String like(String fragment) {
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

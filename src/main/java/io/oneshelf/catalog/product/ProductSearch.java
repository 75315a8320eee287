package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.platform.web.ApiProblem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds products by a name fragment (Chinese or not: ILIKE backed by the pg_trgm GIN indexes on product and SKU
 * names and codes), an exact barcode, a category with everything below it, a status and a channel.
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
                throw ApiProblem.invalid("status", "is not one of DRAFT, ON_SHELF, OFF_SHELF");
            }
        }
    }

    private final JdbcClient jdbc;

    ProductSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProductSummary> find(UUID tenant, Filter f, UUID after, int limit) {
        String q = f.q() == null || f.q().isBlank() ? null : f.q().trim();
        return jdbc.sql("""
                select s.*, (select count(*) from sku k where k.tenant_id = s.tenant_id and k.spu_id = s.id) as skus
                from spu s
                where s.tenant_id = :tenant and s.id > :after
                  and (cast(:status as text) is null or s.status = :status)
                  and (cast(:channel as text) is null or :channel = any(s.channels))
                  and (cast(:category as uuid) is null or s.category_id in (
                      with recursive t(id) as (
                          select id from category where tenant_id = :tenant and id = :category
                          union all
                          select c.id from category c join t on c.parent_id = t.id where c.tenant_id = :tenant)
                      select id from t))
                  and (cast(:q as text) is null or s.name ilike :like or s.code ilike :like
                       or exists(select 1 from sku k where k.tenant_id = :tenant and k.spu_id = s.id
                                 and (k.name ilike :like or k.code ilike :like))
                       or exists(select 1 from barcode b join sku k on k.id = b.sku_id
                                 where b.tenant_id = :tenant and b.code = :q and k.spu_id = s.id))
                order by s.id limit :limit""")
                .param("tenant", tenant).param("after", after)
                .param("status", f.status() == null ? null : f.status().name())
                .param("channel", f.channel() == null ? null : f.channel().name())
                .param("category", f.categoryId()).param("q", q).param("like", q == null ? null : like(q))
                .param("limit", limit)
                .query((rs, n) -> new ProductSummary(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getObject("category_id", UUID.class),
                        rs.getObject("brand_id", UUID.class), rs.getString("unit"),
                        Product.ProductStatus.valueOf(rs.getString("status")),
                        Products.channelSet(rs.getArray("channels")), rs.getInt("skus"), rs.getInt("version"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }

    /** A contains-pattern in which the user's own % and _ are literal characters. */
    static String like(String fragment) {
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

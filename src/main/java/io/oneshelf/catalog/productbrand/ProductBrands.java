package io.oneshelf.catalog.productbrand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product brands of a tenant. */
@Repository
class ProductBrands {

    private final JdbcClient jdbc;

    ProductBrands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProductBrand> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from product_brand where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(ProductBrands::map).optional();
    }

    List<ProductBrand> list(UUID tenant, String q, UUID after, int limit) {
        return jdbc.sql("""
                select * from product_brand where tenant_id = :tenant and id > :after
                  and (cast(:q as text) is null or name ilike '%' || :q || '%' or code ilike '%' || :q || '%')
                order by id limit :limit""")
                .param("tenant", tenant).param("after", after)
                .param("q", q == null || q.isBlank() ? null : q.trim()).param("limit", limit)
                .query(ProductBrands::map).list();
    }

    void insert(UUID tenant, ProductBrand b) throws DuplicateKeyException {
        jdbc.sql("""
                insert into product_brand(id, tenant_id, code, name, version, created_at)
                values (:id, :tenant, :code, :name, 0, now())""")
                .param("id", b.id()).param("tenant", tenant).param("code", b.code()).param("name", b.name())
                .update();
    }

    void update(UUID tenant, ProductBrand b, int expectedVersion) {
        int updated = jdbc.sql("""
                update product_brand set name = :name, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("name", b.name()).param("tenant", tenant).param("id", b.id())
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("product brand " + b.id() + " changed meanwhile");
        }
    }

    private static ProductBrand map(ResultSet rs, int row) throws SQLException {
        return new ProductBrand(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}

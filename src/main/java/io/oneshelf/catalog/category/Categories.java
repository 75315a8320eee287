package io.oneshelf.catalog.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The category tree of a brand. */
@Repository
class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all(UUID tenant) {
        return jdbc.sql("select * from category where tenant_id = :tenant").param("tenant", tenant)
                .query(Categories::map).list();
    }

    Optional<Category> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from category where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(Categories::map).optional();
    }

    /** The category and every category below it. */
    Set<UUID> subtree(UUID tenant, UUID id) {
        return new HashSet<>(jdbc.sql("""
                with recursive t(id) as (
                    select id from category where tenant_id = :tenant and id = :id
                    union all
                    select c.id from category c join t on c.parent_id = t.id where c.tenant_id = :tenant)
                select id from t""").param("tenant", tenant).param("id", id).query(UUID.class).list());
    }

    boolean inUse(UUID tenant, UUID id) {
        return jdbc.sql("""
                select exists(select 1 from category where tenant_id = :tenant and parent_id = :id)
                    or exists(select 1 from spu where tenant_id = :tenant and category_id = :id)""")
                .param("tenant", tenant).param("id", id).query(Boolean.class).single();
    }

    void insert(UUID tenant, Category c) throws DuplicateKeyException {
        jdbc.sql("""
                insert into category(id, tenant_id, parent_id, code, name, sort_order, version, created_at)
                values (:id, :tenant, :parent, :code, :name, :sort, 0, now())""")
                .param("id", c.id()).param("tenant", tenant).param("parent", c.parentId())
                .param("code", c.code()).param("name", c.name()).param("sort", c.sortOrder())
                .update();
    }

    void update(UUID tenant, Category c, int expectedVersion) {
        int updated = jdbc.sql("""
                update category set parent_id = :parent, name = :name, sort_order = :sort, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("parent", c.parentId()).param("name", c.name()).param("sort", c.sortOrder())
                .param("tenant", tenant).param("id", c.id()).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("category " + c.id() + " changed meanwhile");
        }
    }

    void delete(UUID tenant, UUID id) {
        jdbc.sql("delete from category where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).update();
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        return new Category(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getInt("sort_order"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class));
    }
}

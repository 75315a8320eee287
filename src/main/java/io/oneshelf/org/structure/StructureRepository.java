package io.oneshelf.org.structure;

import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Regions and franchisees. A region manager sees only their region; a franchisee-scoped user only their
 * franchisee; a region manager sees the franchisees that run stores in the region.
 */
@Repository
class StructureRepository {

    private final JdbcClient jdbc;

    StructureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> regions(Actor actor, UUID after, int limit) {
        String scope = switch (actor.scopeType()) {
            case BRAND -> "";
            case REGION -> " and r.id = :scopeId";
            case FRANCHISEE -> " and r.id in (select region_id from store where tenant_id = :tenant"
                    + " and franchisee_id = :scopeId)";
            case STORE -> " and r.id in (select region_id from store where tenant_id = :tenant and id = :scopeId)";
        };
        return jdbc.sql("select * from region r where r.tenant_id = :tenant and r.id > :after" + scope
                        + " order by r.id limit :limit")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId())
                .param("after", after).param("limit", limit)
                .query((rs, n) -> new Region(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    List<Franchisee> franchisees(Actor actor, UUID after, int limit) {
        String scope = switch (actor.scopeType()) {
            case BRAND -> "";
            case REGION -> " and f.id in (select franchisee_id from store where tenant_id = :tenant"
                    + " and region_id = :scopeId)";
            case FRANCHISEE -> " and f.id = :scopeId";
            case STORE -> " and f.id in (select franchisee_id from store where tenant_id = :tenant and id = :scopeId)";
        };
        return jdbc.sql("select * from franchisee f where f.tenant_id = :tenant and f.id > :after" + scope
                        + " order by f.id limit :limit")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId())
                .param("after", after).param("limit", limit)
                .query((rs, n) -> new Franchisee(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getString("contact_name"), rs.getString("contact_phone"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    void insert(UUID tenantId, Region r) {
        jdbc.sql("insert into region(id, tenant_id, code, name, created_at) values (:id, :tenant, :code, :name, now())")
                .param("id", r.id()).param("tenant", tenantId).param("code", r.code()).param("name", r.name())
                .update();
    }

    void insert(UUID tenantId, Franchisee f) {
        jdbc.sql("""
                insert into franchisee(id, tenant_id, code, name, contact_name, contact_phone, created_at)
                values (:id, :tenant, :code, :name, :contactName, :contactPhone, now())""")
                .param("id", f.id()).param("tenant", tenantId).param("code", f.code()).param("name", f.name())
                .param("contactName", f.contactName()).param("contactPhone", f.contactPhone())
                .update();
    }
}

package io.oneshelf.org.warehouse;

import io.oneshelf.org.warehouse.Warehouse.WarehouseStatus;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warehouses of a brand. Brand-wide users see all; a region's users see the region's warehouses. */
@Repository
class Warehouses {

    private static final String SELECT = """
            select w.*, r.name as region_name from warehouse w left join region r on r.id = w.region_id
            where w.tenant_id = :tenant""";

    private final JdbcClient jdbc;

    Warehouses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String scope(Actor actor) {
        return switch (actor.scopeType()) {
            case BRAND -> "";
            case REGION -> " and w.region_id = :scopeId";
            case FRANCHISEE, STORE -> " and false";
        };
    }

    Optional<Warehouse> find(Actor actor, UUID id) {
        return jdbc.sql(SELECT + scope(actor) + " and w.id = :id")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId()).param("id", id)
                .query(Warehouses::map).optional();
    }

    List<Warehouse> list(Actor actor, String q, WarehouseStatus status, UUID after, int limit) {
        return jdbc.sql(SELECT + scope(actor) + """
                 and w.id > :after
                 and (cast(:status as text) is null or w.status = :status)
                 and (cast(:q as text) is null or w.name ilike '%' || :q || '%' or w.code ilike '%' || :q || '%')
                order by w.id limit :limit""")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId()).param("after", after)
                .param("status", status == null ? null : status.name())
                .param("q", q == null || q.isBlank() ? null : q.trim()).param("limit", limit)
                .query(Warehouses::map).list();
    }

    void insert(UUID tenant, Warehouse w) {
        jdbc.sql("""
                insert into warehouse(id, tenant_id, code, name, region_id, address, latitude, longitude, status,
                                      version, created_at, updated_at)
                values (:id, :tenant, :code, :name, :region, :address, :lat, :lng, :status, 0, now(), now())""")
                .param("id", w.id()).param("tenant", tenant).param("code", w.code()).param("name", w.name())
                .param("region", w.regionId()).param("address", w.address()).param("lat", w.latitude())
                .param("lng", w.longitude()).param("status", w.status().name())
                .update();
    }

    void update(UUID tenant, Warehouse w, int expectedVersion) {
        int updated = jdbc.sql("""
                update warehouse set name = :name, region_id = :region, address = :address, latitude = :lat,
                    longitude = :lng, status = :status, closed_reason = :reason, version = version + 1,
                    updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("name", w.name()).param("region", w.regionId()).param("address", w.address())
                .param("lat", w.latitude()).param("lng", w.longitude()).param("status", w.status().name())
                .param("reason", w.closedReason()).param("tenant", tenant).param("id", w.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("warehouse " + w.id() + " changed meanwhile");
        }
    }

    private static Warehouse map(ResultSet rs, int row) throws SQLException {
        return new Warehouse(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getObject("region_id", UUID.class),
                rs.getString("region_name"), rs.getString("address"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), WarehouseStatus.valueOf(rs.getString("status")),
                rs.getString("closed_reason"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}

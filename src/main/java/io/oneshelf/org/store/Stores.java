package io.oneshelf.org.store;

import io.oneshelf.org.Scopes;
import io.oneshelf.org.store.Store.StoreKind;
import io.oneshelf.org.store.Store.StoreStatus;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stores of a brand, always read through the caller's tenant and scope. */
@Repository
class Stores {

    private static final String SELECT = """
            select s.*, r.name as region_name, f.name as franchisee_name
            from store s join region r on r.id = s.region_id left join franchisee f on f.id = s.franchisee_id
            where s.tenant_id = :tenant""";

    private final JdbcClient jdbc;

    Stores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Store> find(Actor actor, UUID id) {
        return jdbc.sql(SELECT + Scopes.storeCondition(actor) + " and s.id = :id")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId()).param("id", id)
                .query(Stores::map).optional();
    }

    List<Store> list(Actor actor, String q, StoreStatus status, UUID after, int limit) {
        return jdbc.sql(SELECT + Scopes.storeCondition(actor) + """
                 and s.id > :after
                 and (cast(:status as text) is null or s.status = :status)
                 and (cast(:q as text) is null or s.name ilike '%' || :q || '%' or s.code ilike '%' || :q || '%'
                      or s.address ilike '%' || :q || '%')
                order by s.id limit :limit""")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId())
                .param("after", after).param("status", status == null ? null : status.name())
                .param("q", q == null || q.isBlank() ? null : q.trim()).param("limit", limit)
                .query(Stores::map).list();
    }

    /** Inserts a new store; a taken code is reported by the caller as a conflict on {@code code}. */
    void insert(UUID tenant, Store s) throws DuplicateKeyException {
        jdbc.sql("""
                insert into store(id, tenant_id, code, name, kind, region_id, franchisee_id, address, latitude,
                                  longitude, opens_at, closes_at, phone, status, version, created_at, updated_at)
                values (:id, :tenant, :code, :name, :kind, :region, :franchisee, :address, :lat, :lng, :opens,
                        :closes, :phone, :status, 0, now(), now())""")
                .param("id", s.id()).param("tenant", tenant).param("code", s.code()).param("name", s.name())
                .param("kind", s.kind().name()).param("region", s.regionId()).param("franchisee", s.franchiseeId())
                .param("address", s.address()).param("lat", s.latitude()).param("lng", s.longitude())
                .param("opens", s.opensAt()).param("closes", s.closesAt()).param("phone", s.phone())
                .param("status", s.status().name())
                .update();
    }

    /** Saves a changed store if nobody changed it since {@code expectedVersion} was read. */
    void update(UUID tenant, Store s, int expectedVersion) {
        int updated = jdbc.sql("""
                update store set name = :name, kind = :kind, region_id = :region, franchisee_id = :franchisee,
                    address = :address, latitude = :lat, longitude = :lng, opens_at = :opens, closes_at = :closes,
                    phone = :phone, status = :status, closed_reason = :reason, version = version + 1,
                    updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("name", s.name()).param("kind", s.kind().name()).param("region", s.regionId())
                .param("franchisee", s.franchiseeId()).param("address", s.address()).param("lat", s.latitude())
                .param("lng", s.longitude()).param("opens", s.opensAt()).param("closes", s.closesAt())
                .param("phone", s.phone()).param("status", s.status().name()).param("reason", s.closedReason())
                .param("tenant", tenant).param("id", s.id()).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("store " + s.id() + " changed meanwhile");
        }
    }

    private static Store map(ResultSet rs, int row) throws SQLException {
        return new Store(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), StoreKind.valueOf(rs.getString("kind")),
                rs.getObject("region_id", UUID.class), rs.getString("region_name"),
                rs.getObject("franchisee_id", UUID.class), rs.getString("franchisee_name"),
                rs.getString("address"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
                rs.getString("phone"), StoreStatus.valueOf(rs.getString("status")), rs.getString("closed_reason"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}

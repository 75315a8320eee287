package io.oneshelf.org;

import io.oneshelf.platform.ReadMemo;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores and warehouses as places that hold stock, for other modules. A scope reaches places as the organisation
 * screens show them: the brand every place, a region its stores and warehouses, a franchisee its stores, a store
 * itself.
 */
@Component
public class Places {

    private static final String UNION = """
            select id, 'STORE' as kind, code, name, region_id, franchisee_id, status = 'OPEN' as open, latitude,
                   longitude, tenant_id
            from store
            union all
            select id, 'WAREHOUSE', code, name, region_id, null, status = 'ACTIVE', latitude, longitude, tenant_id
            from warehouse""";

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's store or warehouse with this id, whatever anyone's scope (read once within a {@link ReadMemo}). */
    public Optional<PlaceRef> find(UUID tenantId, UUID id) {
        return ReadMemo.get(new Key(tenantId, id), () -> jdbc.sql("select * from (" + UNION + ") p"
                        + " where p.tenant_id = :tenant and p.id = :id")
                .param("tenant", tenantId).param("id", id)
                .query((rs, n) -> map(rs)).optional());
    }

    private record Key(UUID tenantId, UUID placeId) {
    }

    /** Every place of the tenant, in code order, whatever anyone's scope: for system jobs, never for a caller. */
    public List<PlaceRef> all(UUID tenantId) {
        return jdbc.sql("select * from (" + UNION + ") p where p.tenant_id = :tenant order by p.code")
                .param("tenant", tenantId)
                .query((rs, n) -> map(rs)).list();
    }

    /** Every place of the actor's tenant that the actor's scope reaches. */
    public List<PlaceRef> visibleTo(Actor actor) {
        return within(actor.tenantId(), actor.scopeType(), actor.scopeId());
    }

    /** The ids of every place of the actor's tenant that the actor's scope reaches. */
    public Set<UUID> idsVisibleTo(Actor actor) {
        return visibleTo(actor).stream().map(PlaceRef::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The tenant's places within a scope, in code order: for the brand ({@code scopeId} is the tenant's id) every
     * place, for a region its stores and warehouses, for a franchisee its stores, for a store itself.
     */
    public List<PlaceRef> within(UUID tenantId, ScopeType scopeType, UUID scopeId) {
        return jdbc.sql("select * from (" + UNION + ") p where p.tenant_id = :tenant" + condition(scopeType)
                        + " order by p.code")
                .param("tenant", tenantId).param("scopeId", scopeId)
                .query((rs, n) -> map(rs)).list();
    }

    /** Whether the place is the tenant's and the scope reaches it (as {@link #within} would list it). */
    public boolean scopeContains(UUID tenantId, ScopeType scopeType, UUID scopeId, UUID placeId) {
        return jdbc.sql("select exists(select 1 from (" + UNION + ") p where p.tenant_id = :tenant and p.id = :id"
                        + condition(scopeType) + ")")
                .param("tenant", tenantId).param("scopeId", scopeId).param("id", placeId)
                .query(Boolean.class).single();
    }

    private static String condition(ScopeType scopeType) {
        return switch (scopeType) {
            case BRAND -> "";
            case REGION -> " and p.region_id = :scopeId";
            case FRANCHISEE -> " and p.franchisee_id = :scopeId";
            case STORE -> " and p.id = :scopeId";
        };
    }

    private static PlaceRef map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PlaceRef(rs.getObject("id", UUID.class), PlaceRef.Kind.valueOf(rs.getString("kind")),
                rs.getString("code"), rs.getString("name"), rs.getObject("region_id", UUID.class),
                rs.getObject("franchisee_id", UUID.class), rs.getBoolean("open"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"));
    }
}

package io.oneshelf.org;

import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores and warehouses as places that hold stock, for other modules. {@link #visibleTo} applies the same scope
 * rules as the organisation screens: a region sees its stores and warehouses, a franchisee its stores, a store
 * itself.
 */
@Component
public class Places {

    private static final String UNION = """
            select id, 'STORE' as kind, code, name, region_id, franchisee_id, status = 'OPEN' as open, tenant_id
            from store
            union all
            select id, 'WAREHOUSE', code, name, region_id, null, status = 'ACTIVE', tenant_id from warehouse""";

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlaceRef> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from (" + UNION + ") p where p.tenant_id = :tenant and p.id = :id")
                .param("tenant", tenantId).param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** Every place of the tenant, in code order, whatever anyone's scope: for system jobs, never for a caller. */
    public List<PlaceRef> all(UUID tenantId) {
        return jdbc.sql("select * from (" + UNION + ") p where p.tenant_id = :tenant order by p.code")
                .param("tenant", tenantId)
                .query((rs, n) -> map(rs)).list();
    }

    /** Every place of the actor's tenant that the actor's scope reaches. */
    public List<PlaceRef> visibleTo(Actor actor) {
        String scope = switch (actor.scopeType()) {
            case BRAND -> "";
            case REGION -> " and p.region_id = :scopeId";
            case FRANCHISEE -> " and p.franchisee_id = :scopeId";
            case STORE -> " and p.id = :scopeId";
        };
        return jdbc.sql("select * from (" + UNION + ") p where p.tenant_id = :tenant" + scope + " order by p.code")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId())
                .query((rs, n) -> map(rs)).list();
    }

    private static PlaceRef map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PlaceRef(rs.getObject("id", UUID.class), PlaceRef.Kind.valueOf(rs.getString("kind")),
                rs.getString("code"), rs.getString("name"), rs.getObject("region_id", UUID.class),
                rs.getObject("franchisee_id", UUID.class), rs.getBoolean("open"));
    }
}

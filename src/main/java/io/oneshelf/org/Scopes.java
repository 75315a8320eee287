package io.oneshelf.org;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which places an actor's scope reaches. A region covers its stores, a franchisee covers the stores it owns,
 * a store covers itself, the brand covers everything. Queries use the SQL conditions below; grants use
 * {@link #within}.
 */
@Component
public class Scopes {

    /** SQL expression naming the scope of a row with scope_type and scope_id columns (alias {@code x}). */
    public static final String SCOPE_NAME = """
            case x.scope_type
              when 'BRAND' then (select name from tenant where id = x.scope_id)
              when 'REGION' then (select name from region where id = x.scope_id)
              when 'FRANCHISEE' then (select name from franchisee where id = x.scope_id)
              when 'STORE' then (select name from store where id = x.scope_id)
            end""";

    private final JdbcClient jdbc;

    Scopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** SQL condition (starting with "and") limiting store rows, aliased {@code s}, to the actor's scope. */
    public static String storeCondition(Actor actor) {
        return switch (actor.scopeType()) {
            case BRAND -> "";
            case REGION -> " and s.region_id = :scopeId";
            case FRANCHISEE -> " and s.franchisee_id = :scopeId";
            case STORE -> " and s.id = :scopeId";
        };
    }

    /** SQL condition limiting rows that carry their own scope (columns scope_type, scope_id, alias {@code x}). */
    public static String scopedRowCondition(Actor actor) {
        return switch (actor.scopeType()) {
            case BRAND -> "";
            case REGION -> " and ((x.scope_type = 'REGION' and x.scope_id = :scopeId) or (x.scope_type = 'STORE'"
                    + " and x.scope_id in (select id from store where tenant_id = :tenant and region_id = :scopeId)))";
            case FRANCHISEE -> " and ((x.scope_type = 'FRANCHISEE' and x.scope_id = :scopeId) or (x.scope_type ="
                    + " 'STORE' and x.scope_id in (select id from store where tenant_id = :tenant and franchisee_id"
                    + " = :scopeId)))";
            case STORE -> " and x.scope_type = 'STORE' and x.scope_id = :scopeId";
        };
    }

    /** Resolves a scope inside the actor's tenant, or empty when it does not exist there. */
    public Optional<ScopeRef> resolve(UUID tenantId, ScopeType type, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        String table = switch (type) {
            case BRAND -> "tenant";
            case REGION -> "region";
            case FRANCHISEE -> "franchisee";
            case STORE -> "store";
        };
        String tenantColumn = type == ScopeType.BRAND ? "id" : "tenant_id";
        return jdbc.sql("select name from " + table + " where id = :id and " + tenantColumn + " = :tenant")
                .param("id", id).param("tenant", tenantId)
                .query(String.class).optional()
                .map(name -> new ScopeRef(type, id, name));
    }

    /**
     * The requested place when the actor's own scope covers it; otherwise a validation problem on
     * {@code field} that does not tell whether the place exists elsewhere.
     */
    public ScopeRef within(Actor actor, ScopeType type, UUID requestedId, String field) {
        UUID id = type == ScopeType.BRAND ? actor.tenantId() : requestedId;
        if (id == null) {
            throw Rejection.invalid(field, "validation.required");
        }
        Optional<ScopeRef> scope = resolve(actor.tenantId(), type, id).filter(s -> covers(actor, s));
        return scope.orElseThrow(() -> Rejection.invalid(field, "org.scope.outside"));
    }

    private boolean covers(Actor actor, ScopeRef target) {
        if (actor.brandWide()) {
            return true;
        }
        if (target.type() == actor.scopeType()) {
            return target.id().equals(actor.scopeId());
        }
        if (target.type() != ScopeType.STORE || actor.scopeType() == ScopeType.STORE) {
            return false;
        }
        String column = actor.scopeType() == ScopeType.REGION ? "region_id" : "franchisee_id";
        return jdbc.sql("select count(*) from store where tenant_id = :tenant and id = :id and " + column + " = :scope")
                .param("tenant", actor.tenantId()).param("id", target.id()).param("scope", actor.scopeId())
                .query(Long.class).single() == 1;
    }
}

package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.staff.StaffMember.StaffStatus;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.security.StaffDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff accounts, read through the caller's tenant and scope (alias {@code x} for the scope condition), and the
 * current state of one account that the platform checks every bearer token against.
 */
@Repository
class StaffAccounts implements StaffDirectory {

    private static final String SELECT = "select x.*, " + Scopes.SCOPE_NAME + " as scope_name from staff x"
            + " where x.tenant_id = :tenant";

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffMember> find(Actor actor, UUID id) {
        return jdbc.sql(SELECT + Scopes.scopedRowCondition(actor) + " and x.id = :id")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId()).param("id", id)
                .query(StaffAccounts::map).optional();
    }

    List<StaffMember> list(Actor actor, String q, StaffStatus status, Role role, UUID after, int limit) {
        return jdbc.sql(SELECT + Scopes.scopedRowCondition(actor) + """
                 and x.id > :after
                 and (cast(:status as text) is null or x.status = :status)
                 and (cast(:role as text) is null or x.role = :role)
                 and (cast(:q as text) is null or x.login ilike '%' || :q || '%'
                      or x.display_name ilike '%' || :q || '%')
                order by x.id limit :limit""")
                .param("tenant", actor.tenantId()).param("scopeId", actor.scopeId()).param("after", after)
                .param("status", status == null ? null : status.name())
                .param("role", role == null ? null : role.name())
                .param("q", q == null || q.isBlank() ? null : q.trim()).param("limit", limit)
                .query(StaffAccounts::map).list();
    }

    void insert(UUID tenantId, StaffMember s, String passwordHash) {
        jdbc.sql("""
                insert into staff(id, tenant_id, login, display_name, phone, password_hash, role, scope_type,
                                  scope_id, status, version, created_at, updated_at)
                values (:id, :tenant, :login, :name, :phone, :hash, :role, :scopeType, :scopeId, :status, 0,
                        now(), now())""")
                .param("id", s.id()).param("tenant", tenantId).param("login", s.login())
                .param("name", s.displayName()).param("phone", s.phone()).param("hash", passwordHash)
                .param("role", s.role().name()).param("scopeType", s.scope().type().name())
                .param("scopeId", s.scope().id()).param("status", s.status().name())
                .update();
    }

    void update(UUID tenantId, StaffMember s) {
        int updated = jdbc.sql("""
                update staff set role = :role, scope_type = :scopeType, scope_id = :scopeId, status = :status,
                    version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("role", s.role().name()).param("scopeType", s.scope().type().name())
                .param("scopeId", s.scope().id()).param("status", s.status().name())
                .param("tenant", tenantId).param("id", s.id()).param("version", s.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("staff " + s.id() + " changed meanwhile");
        }
    }

    /** Every access token issued so far is refused from now on, and every refresh token is revoked. */
    void signOutEverywhere(UUID staffId) {
        jdbc.sql("update staff set access_version = access_version + 1 where id = :id").param("id", staffId).update();
        jdbc.sql("update refresh_token set revoked_at = now() where staff_id = :id and revoked_at is null")
                .param("id", staffId).update();
    }

    @Override
    public Optional<CurrentAccount> findEnabled(UUID staffId) {
        return jdbc.sql("""
                        select id, tenant_id, display_name, role, scope_type, scope_id, access_version
                        from staff where id = :id and status = 'ACTIVE'""")
                .param("id", staffId)
                .query((rs, n) -> new CurrentAccount(new Actor(Actor.Kind.STAFF, rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), ScopeType.valueOf(rs.getString("scope_type")),
                        rs.getObject("scope_id", UUID.class)), rs.getLong("access_version")))
                .optional();
    }

    static StaffMember map(ResultSet rs, int row) throws SQLException {
        ScopeRef scope = new ScopeRef(ScopeType.valueOf(rs.getString("scope_type")),
                rs.getObject("scope_id", UUID.class), rs.getString("scope_name"));
        return new StaffMember(rs.getObject("id", UUID.class), rs.getString("login"), rs.getString("display_name"),
                rs.getString("phone"), Role.valueOf(rs.getString("role")), scope,
                StaffStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class));
    }
}

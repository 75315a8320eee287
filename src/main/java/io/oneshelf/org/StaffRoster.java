package io.oneshelf.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff members as other modules need to see them whatever their status: a guide who left (disabled) still has
 * customers to hand over and sales on the books. An id of another brand is not found.
 */
@Component
public class StaffRoster {

    private final JdbcClient jdbc;

    StaffRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A staff member: their role and scope as they are now ({@code scopeId} the store of a store-scoped one),
     * {@code enabled} false once disabled.
     */
    public record Member(UUID id, String name, String role, String scopeType, UUID scopeId, boolean enabled) {

        /** The store they work at, when their scope is one store. */
        public Optional<UUID> storeId() {
            return "STORE".equals(scopeType) ? Optional.of(scopeId) : Optional.empty();
        }
    }

    public Optional<Member> find(UUID tenantId, UUID staffId) {
        return jdbc.sql("select * from staff where tenant_id = :tenant and id = :id")
                .param("tenant", tenantId).param("id", staffId).query((rs, n) -> map(rs)).optional();
    }

    /** The staff of one store with this role ({@code GUIDE} …), enabled or not, by name. */
    public List<Member> atStore(UUID tenantId, UUID storeId, String role) {
        return jdbc.sql("""
                        select * from staff where tenant_id = :tenant and scope_type = 'STORE' and scope_id = :store
                          and role = :role order by display_name, id""")
                .param("tenant", tenantId).param("store", storeId).param("role", role)
                .query((rs, n) -> map(rs)).list();
    }

    private static Member map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Member(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("role"),
                rs.getString("scope_type"), rs.getObject("scope_id", UUID.class), "ACTIVE".equals(rs.getString("status")));
    }
}

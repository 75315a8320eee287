package io.oneshelf.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names staff go by (and API clients, which also act on records), for other modules' screens that show who did
 * something: a cashier on an order, the guide it credits. A name is shown whatever the reader's scope (it is on the
 * record they may read); an id of another brand has no name.
 */
@Component
public class StaffNames {

    private final JdbcClient jdbc;

    StaffNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these staff members and API clients of the brand, by id; ids unknown to it are left out. */
    public Map<UUID, String> of(UUID tenantId, Collection<UUID> ids) {
        UUID[] wanted = ids.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        Map<UUID, String> names = new HashMap<>();
        if (wanted.length == 0) {
            return names;
        }
        jdbc.sql("""
                        select id, display_name from staff where tenant_id = :tenant and id = any(:ids)
                        union all
                        select id, name from api_client where tenant_id = :tenant and id = any(:ids)""")
                .param("tenant", tenantId).param("ids", wanted)
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }
}

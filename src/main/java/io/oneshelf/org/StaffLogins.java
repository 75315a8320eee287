package io.oneshelf.org;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff accounts by login, for other modules' demo seeders that act for a named demo account. */
@Component
public class StaffLogins {

    private final JdbcClient jdbc;

    StaffLogins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the brand's account with this login, or empty when there is none. */
    public Optional<UUID> idOf(UUID brandId, String login) {
        return jdbc.sql("select id from staff where tenant_id = :tenant and login = :login")
                .param("tenant", brandId).param("login", login).query(UUID.class).optional();
    }
}

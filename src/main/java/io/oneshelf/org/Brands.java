package io.oneshelf.org;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds brands (tenants) by their code and back, for other modules' start-up jobs that are not inside a request and
 * for addresses of a brand's shop; tells a brand's time zone, in which its business days and reports are counted;
 * and finds a staff member by login, for the demo.
 */
@Component
public class Brands {

    /** The code of the demo brand created with {@code oneshelf.demo.enabled}. */
    public static final String DEMO = "demo";

    private final JdbcClient jdbc;

    Brands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant id of the brand with this code, or empty when there is none. */
    public Optional<UUID> idOf(String code) {
        return jdbc.sql("select id from tenant where code = :code").param("code", code).query(UUID.class).optional();
    }

    /** The brand's time zone (Asia/Shanghai unless it chose another); Asia/Shanghai for an unknown brand. */
    public ZoneId zoneOf(UUID brandId) {
        return jdbc.sql("select time_zone from tenant where id = :id").param("id", brandId).query(String.class)
                .optional().map(ZoneId::of).orElse(ZoneId.of("Asia/Shanghai"));
    }

    /** The code of the brand with this tenant id (its shop's address names it), or empty when there is none. */
    public Optional<String> codeOf(UUID brandId) {
        return jdbc.sql("select code from tenant where id = :id").param("id", brandId).query(String.class).optional();
    }

    /** The id of the brand's staff member with this login (demo and start-up jobs), or empty when there is none. */
    public Optional<UUID> staffIdOf(UUID brandId, String login) {
        return jdbc.sql("select id from staff where tenant_id = :t and login = :login").param("t", brandId)
                .param("login", login).query(UUID.class).optional();
    }
}

package io.oneshelf.org;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds brands (tenants) by their code, for other modules' start-up jobs that are not inside a request, and tells
 * a brand's time zone (its business day).
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

    /** The brand's time zone, in which its business days and reports run (Asia/Shanghai when it has none). */
    public java.time.ZoneId zoneOf(UUID tenantId) {
        return jdbc.sql("select time_zone from tenant where id = :id").param("id", tenantId).query(String.class)
                .optional().map(java.time.ZoneId::of).orElse(java.time.ZoneId.of("Asia/Shanghai"));
    }
}

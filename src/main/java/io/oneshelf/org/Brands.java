package io.oneshelf.org;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds brands (tenants) by their code and back, for other modules' start-up jobs that are not inside a request and
 * for addresses of a brand's shop; and tells a brand's time zone, in which its business days and reports are counted.
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
}

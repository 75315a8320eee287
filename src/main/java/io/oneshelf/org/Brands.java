package io.oneshelf.org;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds brands (tenants) by their code, for other modules' start-up jobs that are not inside a request. */
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
}

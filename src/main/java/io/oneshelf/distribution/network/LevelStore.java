package io.oneshelf.distribution.network;

import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The brands' distributor levels ({@code distribution_level}); a level not defined earns nothing. */
@Repository
public class LevelStore {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LevelStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Level> all(UUID brandId) {
        return jdbc.sql("select * from distribution_level where tenant_id = :tenant order by level")
                .param("tenant", brandId).query(LevelStore::map).list();
    }

    public Optional<Level> of(UUID brandId, int level) {
        return jdbc.sql("select * from distribution_level where tenant_id = :tenant and level = :level")
                .param("tenant", brandId).param("level", level).query(LevelStore::map).optional();
    }

    /** Defines the level or replaces its name and rates: orders paid from now on earn at them. */
    @Transactional
    public Level put(Actor actor, Level level) {
        Optional<Level> before = of(actor.tenantId(), level.level());
        jdbc.sql("""
                        insert into distribution_level(tenant_id, level, name, first_bp, second_bp)
                        values (:tenant, :level, :name, :first, :second)
                        on conflict (tenant_id, level) do update set name = excluded.name,
                            first_bp = excluded.first_bp, second_bp = excluded.second_bp""")
                .param("tenant", actor.tenantId()).param("level", level.level()).param("name", level.name())
                .param("first", level.firstBp()).param("second", level.secondBp()).update();
        audit.record(actor, "distribution-level.put", "distribution_level", actor.tenantId(), before.orElse(null),
                level);
        return level;
    }

    private static Level map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Level(rs.getInt("level"), rs.getString("name"), rs.getInt("first_bp"), rs.getInt("second_bp"));
    }
}

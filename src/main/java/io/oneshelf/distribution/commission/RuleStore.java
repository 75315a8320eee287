package io.oneshelf.distribution.commission;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The brands' commission rules ({@code distribution_rule}): one per target and level. */
@Repository
class RuleStore {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RuleStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Rule> all(UUID brand) {
        return jdbc.sql("select * from distribution_rule where tenant_id = :brand order by scope, target_id, level"
                        + " limit 1000")
                .param("brand", brand).query(RuleStore::map).list();
    }

    @Transactional
    Rule add(Actor actor, Rule.Scope scope, UUID target, Integer level, int firstBp, int secondBp) {
        Rule rule = new Rule(Ids.next(), scope, target, level, firstBp, secondBp,
                OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        try {
            jdbc.sql("""
                            insert into distribution_rule(id, tenant_id, scope, target_id, level, first_bp, second_bp,
                                                          created_at)
                            values (:id, :brand, :scope, :target, :level, :first, :second, :at)""")
                    .param("id", rule.id()).param("brand", actor.tenantId()).param("scope", scope.name())
                    .param("target", target).param("level", level).param("first", firstBp)
                    .param("second", secondBp).param("at", rule.createdAt()).update();
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("targetId", "distribution.rule.exists");
        }
        audit.record(actor, "distribution-rule.add", "distribution_rule", rule.id(), null, rule);
        return rule;
    }

    @Transactional
    void remove(Actor actor, UUID id) {
        Rule before = jdbc.sql("delete from distribution_rule where tenant_id = :brand and id = :id returning *")
                .param("brand", actor.tenantId()).param("id", id).query(RuleStore::map).optional()
                .orElseThrow(() -> Rejection.notFound("rule"));
        audit.record(actor, "distribution-rule.remove", "distribution_rule", id, before, null);
    }

    static Rule map(ResultSet rs, int n) throws SQLException {
        return new Rule(rs.getObject("id", UUID.class), Rule.Scope.valueOf(rs.getString("scope")),
                rs.getObject("target_id", UUID.class), (Integer) rs.getObject("level"), rs.getInt("first_bp"),
                rs.getInt("second_bp"), rs.getObject("created_at", OffsetDateTime.class));
    }
}

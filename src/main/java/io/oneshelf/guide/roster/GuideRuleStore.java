package io.oneshelf.guide.roster;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brands' guide rules ({@code guide_rules}). A new commission rate applies to orders paid from then on; an
 * earned entry keeps its rate, and its reversals take back a share of what it earned.
 */
@Repository
public class GuideRuleStore {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    GuideRuleStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public GuideRules of(UUID brandId) {
        return jdbc.sql("select binding_rule, commission_bp, version from guide_rules where tenant_id = :tenant")
                .param("tenant", brandId)
                .query((rs, n) -> new GuideRules(GuideRules.BindingRule.valueOf(rs.getString("binding_rule")),
                        rs.getInt("commission_bp"), rs.getInt("version")))
                .optional().orElse(GuideRules.DEFAULTS);
    }

    /** Replaces the rules if the caller read the current version; the rules bind every store, so brand-wide only. */
    @Transactional
    public GuideRules set(Actor actor, GuideRules.BindingRule rule, int commissionBp, int version) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("guide.rules.brand-wide-only");
        }
        GuideRules before = of(actor.tenantId());
        if (before.version() != version || !save(actor.tenantId(), rule, commissionBp, version)) {
            throw Rejection.staleVersion();
        }
        GuideRules after = of(actor.tenantId());
        audit.record(actor, "guide-rules.set", "guide_rules", actor.tenantId(), before, after);
        return after;
    }

    private boolean save(UUID brandId, GuideRules.BindingRule rule, int commissionBp, int expectedVersion) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                    insert into guide_rules(tenant_id, binding_rule, commission_bp, version, updated_at)
                    values (:tenant, :rule, :bp, 1, now()) on conflict (tenant_id) do nothing""")
                    .param("tenant", brandId).param("rule", rule.name()).param("bp", commissionBp).update() == 1;
        }
        return jdbc.sql("""
                update guide_rules set binding_rule = :rule, commission_bp = :bp, version = version + 1,
                                       updated_at = now()
                where tenant_id = :tenant and version = :version""")
                .param("tenant", brandId).param("rule", rule.name()).param("bp", commissionBp)
                .param("version", expectedVersion).update() == 1;
    }
}

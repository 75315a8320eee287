package io.oneshelf.settlement.ledger;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brands' settlement rules ({@code settlement_rule}). A new rate applies to lines settled from then on; a line
 * keeps the rate of its first entry, so its returns reverse what was charged.
 */
@Repository
class SettlementRules {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SettlementRules(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    SettlementRule of(UUID brandId) {
        return jdbc.sql("select rate_percent, version from settlement_rule where tenant_id = :tenant")
                .param("tenant", brandId)
                .query((rs, n) -> new SettlementRule(rs.getInt("rate_percent"), rs.getInt("version")))
                .optional().orElse(SettlementRule.DEFAULTS);
    }

    /**
     * Replaces the rule if the caller read the current version. The rule binds the brand and its franchisees, so
     * only a brand-wide account sets it.
     */
    @Transactional
    SettlementRule set(Actor actor, int ratePercent, int version) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("settlement.rule.brand-wide-only");
        }
        SettlementRule before = of(actor.tenantId());
        if (before.version() != version || !save(actor.tenantId(), ratePercent, version)) {
            throw Rejection.staleVersion();
        }
        SettlementRule after = of(actor.tenantId());
        audit.record(actor, "settlement-rule.set", "settlement_rule", actor.tenantId(), before, after);
        return after;
    }

    private boolean save(UUID brandId, int ratePercent, int expectedVersion) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                    insert into settlement_rule(tenant_id, rate_percent, version, updated_at)
                    values (:tenant, :rate, 1, now()) on conflict (tenant_id) do nothing""")
                    .param("tenant", brandId).param("rate", ratePercent).update() == 1;
        }
        return jdbc.sql("""
                update settlement_rule set rate_percent = :rate, version = version + 1, updated_at = now()
                where tenant_id = :tenant and version = :version""")
                .param("tenant", brandId).param("rate", ratePercent).param("version", expectedVersion)
                .update() == 1;
    }
}

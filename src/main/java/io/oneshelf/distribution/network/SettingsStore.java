package io.oneshelf.distribution.network;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brands' distribution settings ({@code distribution_settings}). A new binding rule applies to links followed
 * from then on; a new return window to orders paid from then on (an earned entry keeps the date it settles).
 */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SettingsStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public DistributionSettings of(UUID brandId) {
        return jdbc.sql("select * from distribution_settings where tenant_id = :tenant").param("tenant", brandId)
                .query((rs, n) -> new DistributionSettings(
                        DistributionSettings.BindingRule.valueOf(rs.getString("binding_rule")),
                        rs.getInt("binding_days"), rs.getInt("protection_days"), rs.getInt("return_window_days"),
                        rs.getLong("min_withdrawal"), rs.getInt("version")))
                .optional().orElse(DistributionSettings.DEFAULTS);
    }

    /** Replaces the settings if the caller read the current version ({@code version} is the one read). */
    @Transactional
    public DistributionSettings set(Actor actor, DistributionSettings s) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("distribution.brand-wide-only");
        }
        if (s.protectionDays() > s.bindingDays()) {
            throw Rejection.invalid("protectionDays", "distribution.settings.protection-beyond-binding");
        }
        DistributionSettings before = of(actor.tenantId());
        if (before.version() != s.version() || !save(actor.tenantId(), s)) {
            throw Rejection.staleVersion();
        }
        DistributionSettings after = of(actor.tenantId());
        audit.record(actor, "distribution-settings.set", "distribution_settings", actor.tenantId(), before, after);
        return after;
    }

    private boolean save(UUID brandId, DistributionSettings s) {
        String sql = s.version() == 0
                ? """
                  insert into distribution_settings(tenant_id, binding_rule, binding_days, protection_days,
                                                    return_window_days, min_withdrawal, version, updated_at)
                  values (:tenant, :rule, :binding, :protection, :window, :min, 1, now())
                  on conflict (tenant_id) do nothing"""
                : """
                  update distribution_settings set binding_rule = :rule, binding_days = :binding,
                         protection_days = :protection, return_window_days = :window, min_withdrawal = :min,
                         version = version + 1, updated_at = now()
                  where tenant_id = :tenant and version = :version""";
        return jdbc.sql(sql).param("tenant", brandId).param("rule", s.bindingRule().name())
                .param("binding", s.bindingDays()).param("protection", s.protectionDays())
                .param("window", s.returnWindowDays()).param("min", s.minWithdrawal())
                .param("version", s.version()).update() == 1;
    }
}

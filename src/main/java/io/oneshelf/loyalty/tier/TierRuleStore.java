package io.oneshelf.loyalty.tier;

import io.oneshelf.platform.ReadMemo;
import io.oneshelf.platform.Rejection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The brands' tier rules; a brand that never saved any has {@link TierRules#DEFAULTS} (no tiers). */
@Component
public class TierRuleStore {

    static final int MAX_TIERS = 20;
    private final JdbcClient jdbc;

    TierRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The brand's rules (read once within a {@link ReadMemo}). */
    public TierRules of(UUID brandId) {
        return ReadMemo.get(new Key(brandId), () -> read(brandId));
    }

    private record Key(UUID brandId) {
    }

    private TierRules read(UUID brandId) {
        List<Tier> tiers = jdbc.sql("""
                        select code, name, threshold, multiplier_percent, free_shipping, birthday_points
                        from loyalty_tier where tenant_id = :tenant order by rank""")
                .param("tenant", brandId)
                .query((rs, n) -> new Tier(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getLong(6)))
                .list();
        return jdbc.sql("select window_months, keep_months, version from loyalty_tier_rules where tenant_id = :tenant")
                .param("tenant", brandId)
                .query((rs, n) -> new TierRules(rs.getInt(1), rs.getInt(2), tiers, rs.getInt(3)))
                .optional().orElse(TierRules.DEFAULTS);
    }

    /** Saves the rules if {@code rules.version()} is the current one (0 for a brand that never saved). */
    @Transactional
    /** The brands with a tier that gives birthday points. */
    public List<UUID> givingBirthdayPoints() {
        return jdbc.sql("select distinct tenant_id from loyalty_tier where birthday_points > 0 order by tenant_id")
                .query(UUID.class).list();
    }

    public TierRules save(UUID brandId, TierRules rules) {
        check(rules);
        int changed = jdbc.sql("""
                        insert into loyalty_tier_rules(tenant_id, window_months, keep_months, version, updated_at)
                        values (:tenant, :window, :keep, 1, now())
                        on conflict (tenant_id) do update set window_months = excluded.window_months,
                            keep_months = excluded.keep_months, version = loyalty_tier_rules.version + 1,
                            updated_at = now()
                        where loyalty_tier_rules.version = :version""")
                .param("tenant", brandId).param("window", rules.windowMonths()).param("keep", rules.keepMonths())
                .param("version", rules.version())
                .update();
        if (changed == 0) {
            throw Rejection.staleVersion();
        }
        jdbc.sql("delete from loyalty_tier where tenant_id = :tenant").param("tenant", brandId).update();
        for (int i = 0; i < rules.tiers().size(); i++) {
            Tier t = rules.tiers().get(i);
            jdbc.sql("""
                    insert into loyalty_tier(tenant_id, code, name, rank, threshold, multiplier_percent,
                                             free_shipping, birthday_points)
                    values (:tenant, :code, :name, :rank, :threshold, :multiplier, :free, :birthday)""")
                    .param("tenant", brandId).param("code", t.code()).param("name", t.name()).param("rank", i)
                    .param("threshold", t.threshold()).param("multiplier", t.multiplierPercent())
                    .param("free", t.freeShipping()).param("birthday", t.birthdayPoints())
                    .update();
        }
        return read(brandId);
    }

    /** Codes unique, thresholds rising strictly from one tier to the next (the first may be 0: everyone's tier). */
    static void check(TierRules rules) {
        if (rules.tiers().size() > MAX_TIERS) {
            throw Rejection.invalid("tiers", "validation.size.items.max", MAX_TIERS);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.tiers().size(); i++) {
            Tier t = rules.tiers().get(i);
            if (!codes.add(t.code())) {
                throw Rejection.invalid("tiers[" + i + "].code", "loyalty.tier.code-twice", t.code());
            }
            if (i > 0 && t.threshold() <= rules.tiers().get(i - 1).threshold()) {
                throw Rejection.invalid("tiers[" + i + "].threshold", "loyalty.tier.threshold-rising",
                        rules.tiers().get(i - 1).threshold());
            }
        }
    }
}

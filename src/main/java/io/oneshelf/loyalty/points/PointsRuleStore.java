package io.oneshelf.loyalty.points;

import io.oneshelf.platform.ReadMemo;
import io.oneshelf.platform.Rejection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The brands' points rules; a brand that never saved any has {@link PointsRules#DEFAULTS}. */
@Component
class PointsRuleStore {

    static final int MAX_RATES = 200;
    private final JdbcClient jdbc;

    PointsRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PointsRules of(UUID brandId) {
        return ReadMemo.get(new Key(brandId), () -> read(brandId));
    }

    private record Key(UUID brandId) {
    }

    private PointsRules read(UUID brandId) {
        List<PointsRules.CategoryRate> rates = jdbc.sql("""
                        select category_id, rate_percent from points_category_rate where tenant_id = :tenant
                        order by category_id""")
                .param("tenant", brandId)
                .query((rs, n) -> new PointsRules.CategoryRate(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return jdbc.sql("""
                        select earn_per_yuan, redeem_per_yuan, max_redeem_percent, expiry_months, version
                        from points_rules where tenant_id = :tenant""")
                .param("tenant", brandId)
                .query((rs, n) -> new PointsRules(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rates,
                        rs.getInt(5)))
                .optional().orElse(PointsRules.DEFAULTS);
    }

    /** Brands whose points expire, with their rules. */
    List<UUID> expiring() {
        return jdbc.sql("select tenant_id from points_rules where expiry_months > 0").query(UUID.class).list();
    }

    /**
     * Saves the rules if {@code rules.version()} is the current one (0 for a brand that never saved); the categories
     * must be the brand's ({@code categoryRates[i].categoryId} otherwise).
     */
    @Transactional
    PointsRules save(UUID brandId, PointsRules rules, Set<UUID> brandCategories) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < rules.categoryRates().size(); i++) {
            UUID category = rules.categoryRates().get(i).categoryId();
            if (!brandCategories.contains(category)) {
                throw Rejection.invalid("categoryRates[" + i + "].categoryId", "loyalty.points.unknown-category");
            }
            if (!seen.add(category)) {
                throw Rejection.invalid("categoryRates[" + i + "].categoryId", "loyalty.points.category-twice");
            }
        }
        int changed = jdbc.sql("""
                        insert into points_rules(tenant_id, earn_per_yuan, redeem_per_yuan, max_redeem_percent,
                                                 expiry_months, version, updated_at)
                        values (:tenant, :earn, :redeem, :cap, :expiry, 1, now())
                        on conflict (tenant_id) do update set earn_per_yuan = excluded.earn_per_yuan,
                            redeem_per_yuan = excluded.redeem_per_yuan,
                            max_redeem_percent = excluded.max_redeem_percent,
                            expiry_months = excluded.expiry_months, version = points_rules.version + 1,
                            updated_at = now()
                        where points_rules.version = :version""")
                .param("tenant", brandId).param("earn", rules.earnPerYuan()).param("redeem", rules.redeemPerYuan())
                .param("cap", rules.maxRedeemPercent()).param("expiry", rules.expiryMonths())
                .param("version", rules.version())
                .update();
        if (changed == 0) {
            throw Rejection.staleVersion();
        }
        jdbc.sql("delete from points_category_rate where tenant_id = :tenant").param("tenant", brandId).update();
        for (PointsRules.CategoryRate rate : rules.categoryRates()) {
            jdbc.sql("""
                    insert into points_category_rate(tenant_id, category_id, rate_percent)
                    values (:tenant, :category, :rate)""")
                    .param("tenant", brandId).param("category", rate.categoryId()).param("rate", rate.ratePercent())
                    .update();
        }
        return read(brandId);
    }
}

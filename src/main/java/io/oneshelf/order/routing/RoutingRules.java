package io.oneshelf.order.routing;

import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brands' routing rules ({@code routing_rule}), for routing and for the order module in process. */
@Repository
public class RoutingRules {

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The brand's rule, or {@link RoutingRule#DEFAULTS} when it never set one. */
    public RoutingRule of(UUID brandId) {
        return jdbc.sql("select * from routing_rule where tenant_id = :tenant").param("tenant", brandId)
                .query((rs, n) -> new RoutingRule(RoutingPreference.valueOf(rs.getString("preference")),
                        rs.getBigDecimal("same_city_max_km"),
                        FranchiseStockRule.valueOf(rs.getString("franchise_stock")), rs.getLong("franchise_buffer"),
                        rs.getInt("version")))
                .optional().orElse(RoutingRule.DEFAULTS);
    }

    /**
     * Saves the rule if nobody changed it since {@code expectedVersion}; false otherwise. A brand's first save
     * expects version 0 (the defaults) and makes version 1.
     */
    boolean save(UUID brandId, RoutingRule rule, int expectedVersion) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                    insert into routing_rule(tenant_id, preference, same_city_max_km, franchise_stock,
                                             franchise_buffer, version, updated_at)
                    values (:tenant, :preference, :km, :franchise, :buffer, 1, now())
                    on conflict (tenant_id) do nothing""")
                    .params(params(brandId, rule)).update() == 1;
        }
        return jdbc.sql("""
                update routing_rule set preference = :preference, same_city_max_km = :km,
                    franchise_stock = :franchise, franchise_buffer = :buffer, version = version + 1,
                    updated_at = now()
                where tenant_id = :tenant and version = :version""")
                .params(params(brandId, rule)).param("version", expectedVersion).update() == 1;
    }

    private static Map<String, Object> params(UUID brandId, RoutingRule rule) {
        return Map.of("tenant", brandId, "preference", rule.preference().name(),
                "km", rule.sameCityMaxKm().setScale(1, RoundingMode.UNNECESSARY),
                "franchise", rule.franchiseStock().name(), "buffer", rule.franchiseBuffer());
    }
}

package io.oneshelf.loyalty.tier;

import io.oneshelf.loyalty.MemberTiers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link MemberTiers} from the brand's tier rules and the customers' tier rows. */
@Component
class TierDirectory implements MemberTiers {

    private final TierRuleStore rules;
    private final JdbcClient jdbc;

    TierDirectory(TierRuleStore rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    public List<TierName> tiers(UUID brandId) {
        return rules.of(brandId).tiers().stream().map(t -> new TierName(t.code(), t.name())).toList();
    }

    @Override
    public Map<UUID, String> tierOf(UUID brandId, Collection<UUID> customerIds) {
        Map<UUID, String> tiers = new HashMap<>();
        if (customerIds.isEmpty()) {
            return tiers;
        }
        // '' is a customer's row before they reach a tier
        jdbc.sql("""
                        select customer_id, tier_code from customer_tier
                        where tenant_id = :tenant and customer_id = any(:ids) and tier_code <> ''""")
                .param("tenant", brandId).param("ids", customerIds.toArray(UUID[]::new))
                .query((rs, n) -> tiers.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return tiers;
    }

    @Override
    public List<UUID> changedSince(UUID brandId, Instant since, int limit) {
        return jdbc.sql("""
                        select customer_id from customer_tier where tenant_id = :tenant and since >= :since
                        order by since desc limit :limit""")
                .param("tenant", brandId).param("since", since.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(UUID.class).list();
    }
}

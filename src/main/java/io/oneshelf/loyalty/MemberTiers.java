package io.oneshelf.loyalty;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The brand's member tiers and who holds which, for other modules (a till's member snapshot, decision 0046). */
public interface MemberTiers {

    /** A tier as the price book's TIER rows name it ({@code code}) and as people read it ({@code name}). */
    record TierName(String code, String name) {
    }

    /** The brand's tiers, lowest first; none until the brand saves its tier rules. */
    List<TierName> tiers(UUID brandId);

    /** The tier code of each of these customers who holds one (in one read); a customer without a tier is absent. */
    Map<UUID, String> tierOf(UUID brandId, Collection<UUID> customerIds);

    /** Customers of the brand whose tier changed at or after {@code since}, latest first, at most {@code limit}. */
    List<UUID> changedSince(UUID brandId, Instant since, int limit);
}

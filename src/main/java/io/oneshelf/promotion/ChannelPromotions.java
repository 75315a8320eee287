package io.oneshelf.promotion;

import io.oneshelf.order.OrderChannel;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The automatic promotions a channel at a store runs now or will run, for a device that applies them without the
 * server (a till offline, decision 0046); the same terms {@code GET /api/v1/promotions} lists.
 */
public interface ChannelPromotions {

    /**
     * One promotion's terms: {@code kind} FULL_REDUCTION (with {@code tiers}), PERCENT_OFF ({@code percentOff}) or
     * BUY_X_GET_Y ({@code buy}, {@code get}); the goods covered ({@code skuIds}, {@code categoryIds}: none named
     * covers every line); from {@code startsAt} until before {@code endsAt}; higher {@code priority} first.
     */
    record PromotionTerms(UUID id, String name, String kind, List<Tier> tiers, Integer percentOff, Integer buy,
                          Integer get, Set<UUID> skuIds, Set<UUID> categoryIds, OffsetDateTime startsAt,
                          OffsetDateTime endsAt, int priority, boolean exclusive) {
    }

    /** Spend at least {@code threshold} fen, save {@code off} fen. */
    record Tier(long threshold, long off) {
    }

    /** The brand's active promotions for the channel at the store that have not ended at {@code at}. */
    List<PromotionTerms> notEnded(UUID brandId, OrderChannel channel, UUID storeId, Instant at);
}

package io.oneshelf.social.group;

import io.oneshelf.order.OrderChannel;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A group buy campaign (拼团): SKU {@code skuId} at {@code groupPrice} fen for groups of {@code groupSize} paid members
 * each within {@code limitMinutes} of its opening, at most {@code perCustomer} places per customer, up to
 * {@code allocation} units from the one pool ({@code sold} taken), where and when it runs ({@code channels},
 * {@code storeIds}: none named is everywhere; from {@code startsAt} until before {@code endsAt}).
 */
record GroupBuy(UUID id, String name, UUID skuId, long groupPrice, int groupSize, int limitMinutes, int perCustomer,
                int allocation, int sold, Set<OrderChannel> channels, Set<UUID> storeIds, OffsetDateTime startsAt,
                OffsetDateTime endsAt, boolean active, int version, OffsetDateTime createdAt)
        implements io.oneshelf.social.share.CampaignDesk.Campaign {

    static final String KIND = "GROUP_BUY";

    GroupBuy {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        storeIds = storeIds == null ? Set.of() : Set.copyOf(storeIds);
    }

    /** Whether a new place may be taken in it: active and {@code at} in its window. */
    boolean runsAt(OffsetDateTime at) {
        return active && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Whether it sells through the channel at the store (null: no store, a delivery). */
    boolean sellsAt(OrderChannel channel, UUID storeId) {
        return (channels.isEmpty() || channels.contains(channel))
               && (storeIds.isEmpty() || storeId != null && storeIds.contains(storeId));
    }

    int remaining() {
        return allocation - sold;
    }
}

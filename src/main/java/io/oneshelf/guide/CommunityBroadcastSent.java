package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A broadcast ({@code kind}: {@code CONTENT}, {@code GROUP_BUY}, {@code COUPON}) went to community group
 * {@code groupId}: {@code reached} members who consented, {@code refused} who did not.
 */
@EventType("guide.broadcast.sent")
public record CommunityBroadcastSent(UUID brandId, UUID broadcastId, UUID groupId, UUID storeId, String kind,
                                     int reached, int refused) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return broadcastId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}

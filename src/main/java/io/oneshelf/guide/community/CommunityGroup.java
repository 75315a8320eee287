package io.oneshelf.guide.community;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A community group (社群): customers in a WeCom/WeChat group ({@code externalId} on the provider) run by a guide,
 * or by the store when {@code guideId} is null; with its activity — members, broadcasts, the last one, and the
 * paid orders attributed to its broadcasts.
 */
record CommunityGroup(UUID id, String name, UUID storeId, UUID guideId, String channel, String externalId,
                      OffsetDateTime createdAt, long members, long broadcasts, OffsetDateTime lastBroadcastAt,
                      long orders, long sales) {
}

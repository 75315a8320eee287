package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Customer {@code customerId} started bargain {@code bargainId} (share code {@code code}): from {@code startPrice} towards {@code floorPrice} fen in {@code helpersNeeded} pre-drawn cuts, until {@code expiresAt}. */
@EventType("social.bargain.started")
public record BargainStarted(UUID brandId, UUID campaignId, UUID bargainId, String code, UUID customerId, long startPrice, long floorPrice, int helpersNeeded, java.time.OffsetDateTime expiresAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return bargainId;
    }
}

package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** The buyer of bargain {@code bargainId} placed order {@code orderId} at its current price {@code price} fen. */
@EventType("social.bargain.bought")
public record BargainBought(UUID brandId, UUID campaignId, UUID bargainId, UUID customerId, UUID orderId, String orderNumber, long price) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return bargainId;
    }
}

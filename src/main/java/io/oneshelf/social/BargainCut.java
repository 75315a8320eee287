package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Helper {@code helperId} took cut number {@code seq} ({@code amount} fen) of bargain {@code bargainId}: its price is now {@code price} fen. */
@EventType("social.bargain.cut")
public record BargainCut(UUID brandId, UUID campaignId, UUID bargainId, UUID helperId, int seq, long amount, long price) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return bargainId;
    }
}

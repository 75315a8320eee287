package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer's member tier changed: up at once when their growth reached a higher tier, down when a review found their growth over the window no longer reaches it ({@code reason} UPGRADE or DOWNGRADE; {@code fromCode} null for a first tier). */
@EventType("loyalty.tier.changed")
public record TierChanged(UUID brandId, UUID customerId, String fromCode, String toCode, long growth, String reason) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}

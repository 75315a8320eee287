package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Customer {@code customerId} paid order {@code orderId} to join group {@code groupId}: {@code paidMembers} of its {@code size} places are paid. */
@EventType("social.group.joined")
public record GroupJoined(UUID brandId, UUID groupBuyId, UUID groupId, UUID customerId, UUID orderId, int paidMembers, int size) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return groupId;
    }
}

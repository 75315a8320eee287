package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Group {@code groupId} did not fill before its time ran out: every paid member's order is cancelled and refunded, unpaid places released. */
@EventType("social.group.failed")
public record GroupFailed(UUID brandId, UUID groupBuyId, UUID groupId, int paidMembers, int size) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return groupId;
    }
}

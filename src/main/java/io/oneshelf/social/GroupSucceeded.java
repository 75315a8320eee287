package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** Group {@code groupId} filled: {@code paidMembers} paid members and {@code virtualMembers} virtual ones (the brand's setting, when its time ran out) make its size; its orders go on to fulfilment. */
@EventType("social.group.succeeded")
public record GroupSucceeded(UUID brandId, UUID groupBuyId, UUID groupId, int paidMembers, int virtualMembers) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return groupId;
    }
}

package io.oneshelf.social;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** The leader of group {@code groupId} (share code {@code code}) of group buy {@code groupBuyId} paid: the group is open for friends to join until {@code expiresAt}. */
@EventType("social.group.opened")
public record GroupOpened(UUID brandId, UUID groupBuyId, UUID groupId, String code, UUID leaderId, int size, java.time.OffsetDateTime expiresAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return groupId;
    }
}

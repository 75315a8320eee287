package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** An admin confirmed the merge {@code mergeId}: it can no longer be undone. */
@EventType("member.customers.merge-confirmed")
public record CustomersMergeConfirmed(UUID brandId, UUID mergeId, UUID survivorId, UUID mergedId)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return survivorId;
    }
}

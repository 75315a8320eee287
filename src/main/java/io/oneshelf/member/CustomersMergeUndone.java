package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * An admin undid the merge {@code mergeId}: the merged customer is a customer of their own again, with what was
 * theirs when it was merged. Modules that moved something on {@link CustomersMerged} move it back.
 */
@EventType("member.customers.merge-undone")
public record CustomersMergeUndone(UUID brandId, UUID mergeId, UUID survivorId, UUID mergedId)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return survivorId;
    }
}

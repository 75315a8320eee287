package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An SOP rule ({@code ruleId}) made a task: contact {@code customerId}, by {@code guideId} (their exclusive guide)
 * or, when null, by someone of {@code storeId}'s pool, before {@code dueAt}.
 */
@EventType("guide.task.created")
public record GuideTaskCreated(UUID brandId, UUID taskId, UUID ruleId, UUID customerId, UUID guideId, UUID storeId,
                               OffsetDateTime dueAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return taskId;
    }

    @Override
    public List<UUID> placeIds() {
        return storeId == null ? List.of() : List.of(storeId);
    }
}

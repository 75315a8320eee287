package io.oneshelf.guide;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Staff member {@code byStaffId} completed SOP task {@code taskId} ({@code overdue}: after its due date). */
@EventType("guide.task.completed")
public record GuideTaskCompleted(UUID brandId, UUID taskId, UUID ruleId, UUID customerId, UUID byStaffId,
                                 UUID storeId, boolean overdue, OffsetDateTime completedAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return taskId;
    }

    @Override
    public List<UUID> placeIds() {
        return storeId == null ? List.of() : List.of(storeId);
    }
}

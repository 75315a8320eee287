package io.oneshelf.fulfillment.task;

import io.oneshelf.fulfillment.task.FulfilmentTask.Dispatch;
import io.oneshelf.fulfillment.task.FulfilmentTask.Line;
import io.oneshelf.fulfillment.task.FulfilmentTask.Recipient;
import io.oneshelf.org.PlaceRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A fulfilment task as the API shows it: the place and the order lines, where it stands and the steps it may take
 * next ({@code next}, for the buttons of a task board), how the goods left, and every step with who made it.
 */
@Schema(name = "FulfilmentTask")
record TaskView(UUID id, UUID orderId, String orderNumber, TaskKind kind, UUID placeId, String placeCode,
                       String placeName, TaskStatus status, List<TaskStatus> next, List<Line> lines,
                       Recipient recipient, Dispatch dispatch, int version, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt, List<Step> steps) {

    /** One step: from (null when the task was created), to, who made it and when. */
    record Step(TaskStatus from, TaskStatus to, String actorKind, UUID actorId, String actorName,
                       OffsetDateTime at) {
    }

    static TaskView of(FulfilmentTask t, PlaceRef place, List<Tasks.StoredStep> steps) {
        List<TaskStatus> next = t.kind().steps().next(t.status()).stream()
                .filter(s -> s != TaskStatus.VOIDED && s != TaskStatus.COLLECTED).sorted().toList();
        return new TaskView(t.id(), t.orderId(), t.orderNumber(), t.kind(), t.placeId(),
                place == null ? null : place.code(), place == null ? null : place.name(), t.status(), next,
                t.lines(), t.recipient(), t.dispatch(), t.version(), t.createdAt(), t.updatedAt(),
                steps.stream().map(s -> new Step(s.from(), s.to(), s.actorKind(), s.actorId(), s.actorName(), s.at()))
                        .toList());
    }
}

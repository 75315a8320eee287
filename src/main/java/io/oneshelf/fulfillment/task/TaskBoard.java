package io.oneshelf.fulfillment.task;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task board of stores and warehouses: the tasks of the places within the caller's scope, and their steps
 * (pick, pack, ready, hand over, dispatch, deliver). A task of a place outside the caller's scope does not exist
 * for them (404); a step its kind does not allow now is refused ({@code TransitionRefused}, 409 on
 * {@code status}).
 */
@Service
class TaskBoard {

    private final Tasks tasks;
    private final TaskSteps steps;
    private final Places places;

    TaskBoard(Tasks tasks, TaskSteps steps, Places places) {
        this.tasks = tasks;
        this.steps = steps;
        this.places = places;
    }

    List<TaskView> list(Actor actor, Tasks.Filter filter, UUID after, int limit) {
        Map<UUID, PlaceRef> visible = visible(actor);
        UUID[] reach = actor.brandWide() ? null : visible.keySet().toArray(UUID[]::new);
        List<FulfilmentTask> page = tasks.list(actor.tenantId(), reach, filter, after, limit);
        Map<UUID, List<Tasks.StoredStep>> steps = tasks.steps(page.stream().map(FulfilmentTask::id).toList());
        return page.stream().map(t -> TaskView.of(t, visible.get(t.placeId()), steps.getOrDefault(t.id(), List.of())))
                .toList();
    }

    TaskView get(Actor actor, UUID id) {
        return view(actor, seen(actor, id));
    }

    @Transactional
    TaskView pick(Actor actor, UUID id) {
        return step(actor, id, FulfilmentTask::pick);
    }

    @Transactional
    TaskView pack(Actor actor, UUID id) {
        return step(actor, id, FulfilmentTask::pack);
    }

    @Transactional
    TaskView ready(Actor actor, UUID id) {
        return step(actor, id, FulfilmentTask::ready);
    }

    @Transactional
    TaskView handOver(Actor actor, UUID id, String carrier, String trackingNumber) {
        return step(actor, id, t -> t.handOver(carrier.trim(), trackingNumber.trim()));
    }

    @Transactional
    TaskView dispatch(Actor actor, UUID id, String courierName, String courierPhone) {
        return step(actor, id, t -> t.dispatch(courierName.trim(), courierPhone.trim()));
    }

    @Transactional
    TaskView deliver(Actor actor, UUID id) {
        return step(actor, id, FulfilmentTask::deliver);
    }

    private TaskView step(Actor actor, UUID id, UnaryOperator<FulfilmentTask> change) {
        FulfilmentTask seen = seen(actor, id);
        FulfilmentTask after = steps.take(actor, actor.tenantId(), seen.orderId(), t -> t.id().equals(id), change)
                .stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        return view(actor, tasks.find(actor.tenantId(), after.id()).orElseThrow());
    }

    /** The task, if its place is within the caller's scope; else not found. */
    private FulfilmentTask seen(Actor actor, UUID id) {
        return tasks.find(actor.tenantId(), id)
                .filter(t -> places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), t.placeId()))
                .orElseThrow(() -> Rejection.notFound("fulfilment-task"));
    }

    private TaskView view(Actor actor, FulfilmentTask t) {
        return TaskView.of(t, places.find(actor.tenantId(), t.placeId()).orElse(null), tasks.steps(t.id()));
    }

    private Map<UUID, PlaceRef> visible(Actor actor) {
        return places.visibleTo(actor).stream().collect(Collectors.toMap(PlaceRef::id, Function.identity()));
    }
}

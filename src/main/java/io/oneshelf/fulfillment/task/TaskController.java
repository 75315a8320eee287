package io.oneshelf.fulfillment.task;

import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The task board of ship-from-store and warehouse work: list, one task, and its steps. A step out of order is 409
 * on {@code status}; the order moves on by itself (shipped once every shipment left, completed once every one was
 * delivered or collected).
 */
@RestController
@Tag(name = "Fulfilment tasks")
class TaskController {

    private static final String TASKS = "/api/v1/fulfilment-tasks";

    private final TaskBoard board;

    TaskController(TaskBoard board) {
        this.board = board;
    }

    @GetMapping(TASKS)
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "listFulfilmentTasks",
            summary = "Tasks of the places within your scope, oldest first; narrowed by place, status, kind or order")
    Page<TaskView> list(@RequestParam(required = false) UUID placeId,
                        @RequestParam(required = false) TaskStatus status,
                        @RequestParam(required = false) TaskKind kind,
                        @RequestParam(required = false) UUID orderId,
                        @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(board.list(Actor.current(), new Tasks.Filter(placeId, status, kind, orderId),
                Page.after(cursor), size + 1), size, TaskView::id);
    }

    @GetMapping(TASKS + "/{id}")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "getFulfilmentTask",
            summary = "One task: its place, lines, recipient, how it left and every step with who made it")
    TaskView get(@PathVariable UUID id) {
        return board.get(Actor.current(), id);
    }

    @PostMapping(TASKS + "/{id}/pick")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "pickFulfilmentTask", summary = "The goods are taken from the shelves (from PENDING)")
    TaskView pick(@PathVariable UUID id, @RequestBody(required = false) TaskRequests.Confirm body) {
        return board.pick(Actor.current(), id);
    }

    @PostMapping(TASKS + "/{id}/pack")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "packFulfilmentTask", summary = "The goods are packed (from PICKED)")
    TaskView pack(@PathVariable UUID id, @RequestBody(required = false) TaskRequests.Confirm body) {
        return board.pack(Actor.current(), id);
    }

    @PostMapping(TASKS + "/{id}/ready")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "readyFulfilmentTask", summary = "A pickup order waits at the counter (PICKUP tasks); "
            + "once every one of the order's is ready, the order is READY_FOR_PICKUP")
    TaskView ready(@PathVariable UUID id, @RequestBody(required = false) TaskRequests.Confirm body) {
        return board.ready(Actor.current(), id);
    }

    @PostMapping(TASKS + "/{id}/hand-over")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "handOverFulfilmentTask", summary = "A packed parcel is handed to a carrier (EXPRESS "
            + "tasks); once every shipment of the order left, the order is SHIPPED")
    TaskView handOver(@PathVariable UUID id, @Valid @RequestBody TaskRequests.HandOver body) {
        return board.handOver(Actor.current(), id, body.carrier(), body.trackingNumber());
    }

    @PostMapping(TASKS + "/{id}/dispatch")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "dispatchFulfilmentTask", summary = "A same-city courier takes the packed goods "
            + "(SAME_CITY tasks); once every shipment of the order left, the order is SHIPPED")
    TaskView dispatch(@PathVariable UUID id, @Valid @RequestBody TaskRequests.Dispatch body) {
        return board.dispatch(Actor.current(), id, body.courierName(), body.courierPhone());
    }

    @PostMapping(TASKS + "/{id}/deliver")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "deliverFulfilmentTask", summary = "The shipment reached the customer (a delivery "
            + "confirmation); once every shipment of the order is delivered, the order is COMPLETED")
    TaskView deliver(@PathVariable UUID id, @RequestBody(required = false) TaskRequests.Confirm body) {
        return board.deliver(Actor.current(), id);
    }
}

package io.oneshelf.fulfillment.task;

import io.oneshelf.org.Places;
import io.oneshelf.order.Bookings;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The store's production list (decision 0035): the orders booked at a store for a date, by slot, with what to make;
 * "made" posts the made-to-order lines' production and sale and readies the order's pickup task, so the order is
 * READY_FOR_PICKUP and the pickup code collects it.
 */
@RestController
@Tag(name = "Fulfilment tasks")
class ProductionController {

    private static final String PRODUCTION = "/api/v1/production";

    private final Bookings bookings;
    private final TaskSteps steps;
    private final Places places;

    ProductionController(Bookings bookings, TaskSteps steps, Places places) {
        this.bookings = bookings;
        this.steps = steps;
        this.places = places;
    }

    /** A booked order as the store makes it: its slot, whether it may be made now, and the lines to make. */
    @Schema(name = "ProductionOrder")
    record ProductionOrder(UUID orderId, String number, OrderStatus status, LocalDate date, UUID slotId,
                           LocalTime startsAt, LocalTime endsAt, String booking, OffsetDateTime madeAt,
                           boolean makeable, List<ToMake> lines) {

        record ToMake(int index, String skuCode, String name, Map<String, String> specs, long quantity) {
        }

        static ProductionOrder of(OrderView o) {
            OrderView.Booking b = o.booking();
            return new ProductionOrder(o.id(), o.number(), o.status(), b.date(), b.slotId(), b.startsAt(),
                    b.endsAt(), b.status(), b.madeAt(), "BOOKED".equals(b.status())
                                                         && o.status() == OrderStatus.FULFILLING,
                    o.lines().stream().filter(l -> b.madeLines().contains(l.index()))
                            .map(l -> new ToMake(l.index(), l.skuCode(), l.name(), l.specs(), l.quantity()))
                            .toList());
        }
    }

    @GetMapping(PRODUCTION)
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "listProduction", summary = "The orders booked at a store of your scope for a date, "
            + "earliest slot first, with the made-to-order lines to make (cancelled ones left out)",
            description = "A bare JSON array: one store's bookings of one day.")
    List<ProductionOrder> list(@RequestParam UUID storeId, @RequestParam LocalDate date) {
        Actor actor = Actor.current();
        if (!reaches(actor, storeId)) {
            throw Rejection.invalid("storeId", "order.store.out-of-scope");
        }
        return bookings.booked(actor.tenantId(), storeId, date).stream().filter(o -> o.booking() != null)
                .map(ProductionOrder::of).toList();
    }

    @PostMapping(PRODUCTION + "/{orderId}/made")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "markOrderMade", summary = "The store made a booked order (paid, FULFILLING): its "
            + "made-to-order lines are received as production and sold, and the order is READY_FOR_PICKUP; a "
            + "repeat answers it as it is")
    @Transactional
    ProductionOrder made(@PathVariable UUID orderId, @RequestBody(required = false) TaskRequests.Confirm body) {
        Actor actor = Actor.current();
        OrderView made = bookings.made(actor, orderId);
        steps.take(actor, actor.tenantId(), orderId,
                t -> t.kind() == TaskKind.PICKUP && READYABLE.contains(t.status()), FulfilmentTask::ready);
        return ProductionOrder.of(bookings.booked(actor.tenantId(), made.storeId(), made.booking().date()).stream()
                .filter(o -> o.id().equals(orderId)).findFirst().orElse(made));
    }

    private static final java.util.Set<TaskStatus> READYABLE = EnumSet.of(TaskStatus.PENDING, TaskStatus.PICKED,
            TaskStatus.PACKED);

    private boolean reaches(Actor actor, UUID storeId) {
        return actor.brandWide() || places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(),
                storeId);
    }
}

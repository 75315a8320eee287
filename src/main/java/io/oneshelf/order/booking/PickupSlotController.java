package io.oneshelf.order.booking;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stores' pickup slots for made-to-order pickups: listed, added and changed by staff of the store (or of a
 * region or the brand reaching it), and their places left per day.
 */
@RestController
@Tag(name = "Bookings")
class PickupSlotController {

    private static final String SLOTS = "/api/v1/pickup-slots";

    private final PickupSlots slots;
    private final SlotCalendar calendar;
    private final Places places;
    private final AuditLog audit;

    PickupSlotController(PickupSlots slots, SlotCalendar calendar, Places places, AuditLog audit) {
        this.slots = slots;
        this.calendar = calendar;
        this.places = places;
        this.audit = audit;
    }

    @GetMapping(SLOTS)
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "listPickupSlots", summary = "Pickup slots of the stores within your scope, by store and "
            + "time of day; narrowed to one store",
            description = "A bare JSON array: a store has a handful of slots.")
    List<BookingViews.Slot> list(@RequestParam(required = false) UUID storeId) {
        Actor actor = Actor.current();
        Set<UUID> mine = places.idsVisibleTo(actor);
        return slots.all(actor.tenantId()).stream().filter(s -> mine.contains(s.storeId()))
                .filter(s -> storeId == null || s.storeId().equals(storeId)).map(BookingViews.Slot::of).toList();
    }

    @PostMapping(SLOTS)
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createPickupSlot", summary = "Add a pickup slot to a store of your scope: time of day, "
            + "orders it takes per day, days of the week it opens")
    @Transactional
    ResponseEntity<BookingViews.Slot> create(@Valid @RequestBody BookingViews.EditSlot body) {
        Actor actor = Actor.current();
        store(actor, body.storeId());
        PickupSlot slot = slot(Ids.next(), body, 1);
        slots.insert(actor.tenantId(), slot);
        PickupSlot saved = slots.find(actor.tenantId(), slot.id()).orElseThrow();
        audit.record(actor, "pickup-slot.create", "pickup_slot", saved.id(), null, saved);
        return ResponseEntity.created(URI.create(SLOTS + "/" + saved.id())).body(BookingViews.Slot.of(saved));
    }

    @PutMapping(SLOTS + "/{id}")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "updatePickupSlot", summary = "Change a slot's time, capacity, days or whether it is "
            + "active (with the version read); orders booked before keep their place")
    @Transactional
    BookingViews.Slot update(@PathVariable UUID id, @Valid @RequestBody BookingViews.EditSlot body) {
        Actor actor = Actor.current();
        PickupSlot before = slots.find(actor.tenantId(), id).filter(s -> reaches(actor, s.storeId()))
                .orElseThrow(() -> Rejection.notFound("pickup-slot"));
        if (!before.storeId().equals(body.storeId())) {
            throw Rejection.invalid("storeId", "order.booking.slot.store-fixed");
        }
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        if (before.version() != body.version() || !slots.update(actor.tenantId(), slot(id, body, body.version()),
                body.version())) {
            throw Rejection.staleVersion();
        }
        PickupSlot after = slots.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "pickup-slot.update", "pickup_slot", id, before, after);
        return BookingViews.Slot.of(after);
    }

    @GetMapping("/api/v1/pickup-slot-days")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "listPickupSlotDays", summary = "A store's slots on each date of a range (at most 31 "
            + "days; a week from {from} without {to}) with the places left, bookable now for the SKU named (the one of longest lead time)",
            description = "A bare JSON array, bounded by the range.")
    List<BookingViews.SlotDay> days(@RequestParam UUID storeId, @RequestParam LocalDate from,
                                    @RequestParam(required = false) LocalDate to,
                                    @RequestParam(required = false) UUID skuId) {
        Actor actor = Actor.current();
        if (!reaches(actor, storeId)) {
            throw Rejection.invalid("storeId", "order.store.out-of-scope");
        }
        return calendar.days(actor.tenantId(), storeId, from, to, skuId == null ? List.of() : List.of(skuId));
    }

    private void store(Actor actor, UUID storeId) {
        PlaceRef store = places.find(actor.tenantId(), storeId).filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .orElseThrow(() -> Rejection.invalid("storeId", "order.store.unknown"));
        if (!reaches(actor, store.id())) {
            throw Rejection.invalid("storeId", "order.store.out-of-scope");
        }
    }

    private boolean reaches(Actor actor, UUID storeId) {
        return actor.brandWide() || places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(),
                storeId);
    }

    private static PickupSlot slot(UUID id, BookingViews.EditSlot b, int version) {
        if (!b.startsAt().isBefore(b.endsAt())) {
            throw Rejection.invalid("endsAt", "order.booking.slot.ends-before");
        }
        return new PickupSlot(id, b.storeId(), b.startsAt(), b.endsAt(), b.capacity(), b.days(),
                b.active() == null || b.active(), version);
    }
}

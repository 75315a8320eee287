package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.reservation.ReservationRequests.Reserve;
import io.oneshelf.inventory.reservation.ReservationRequests.Settle;
import io.oneshelf.inventory.reservation.ReservationService.Outcome;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stock/reservations")
@Tag(name = "Stock")
class ReservationController {

    private final ReservationService service;

    ReservationController(ReservationService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(summary = "Hold stock for a sale, all lines or none (201); the same reference returns the same hold (200)")
    ResponseEntity<Reservation> reserve(@Valid @RequestBody Reserve request) {
        Outcome outcome = service.reserve(Actor.current(), request);
        Reservation r = outcome.reservation();
        if (!outcome.created()) {
            return ResponseEntity.ok(r);
        }
        return ResponseEntity.created(URI.create("/api/v1/stock/reservations/" + r.id())).body(r);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(summary = "One reservation")
    Reservation get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(summary = "Turn the held stock into a sale")
    Reservation confirm(@PathVariable UUID id, @RequestBody(required = false) Settle request) {
        return service.confirm(Actor.current(), id);
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(summary = "Give the held stock back")
    Reservation release(@PathVariable UUID id, @RequestBody(required = false) Settle request) {
        return service.release(Actor.current(), id);
    }
}

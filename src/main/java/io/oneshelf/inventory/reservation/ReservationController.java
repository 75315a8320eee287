package io.oneshelf.inventory.reservation;

import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.HoldResult;
import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.inventory.HoldStock;
import io.oneshelf.inventory.IdempotencyKey;
import io.oneshelf.inventory.reservation.ReservationRequests.Reserve;
import io.oneshelf.inventory.reservation.ReservationRequests.Settle;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
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
@RequestMapping(ReservationController.PATH)
@Tag(name = "Reservations")
class ReservationController implements SelfIdempotent {

    static final String PATH = "/api/v1/stock/reservations";

    private final ReservationService service;
    private final ReservationAnswers answers;

    ReservationController(ReservationService service, ReservationAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    /** Holds claim their keys in the desk's rounds, many per transaction, not in the filter's one per request. */
    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PATH.equals(request.getRequestURI());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(operationId = "reserveStock",
            summary = "Hold stock for a sale, all lines or none (201); the same reference returns the same hold (200)")
    @ApiResponse(responseCode = "201", description = "Held",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @ApiResponse(responseCode = "200", description = "A hold with this reference exists already: that hold",
            content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @ApiResponse(responseCode = "503", description = "The reservation desk is busy; nothing was held, retry later")
    ResponseEntity<byte[]> reserve(@Valid @RequestBody Reserve request, HttpServletRequest http) {
        IdempotencyKey key = ReservationAnswers.key(IdempotencyClaim.of(http));
        HoldResult result = service.hold(new HoldStock(Actor.current(), request.reference(), new HoldLines(
                request.lines().stream().map(l -> new HoldLine(l.skuId(), l.locationId(), l.quantity())).toList()),
                Duration.ofSeconds(request.expiresInSeconds()), key));
        if (result.outcome() == Outcome.REPEATED) {
            return answers.kept(key).orElseThrow(() -> new IllegalStateException("kept answer gone: " + key.key()))
                    .toEntity(true);
        }
        return answers.response(result).toEntity(false);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getReservation", summary = "One reservation")
    ReservationView get(@PathVariable UUID id) {
        return ReservationView.of(service.get(Actor.current(), id));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(operationId = "confirmReservation", summary = "Turn the held stock into a sale")
    ReservationView confirm(@PathVariable UUID id, @RequestBody(required = false) Settle request) {
        return ReservationView.of(service.confirm(Actor.current(), id));
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasAuthority('stock:reserve')")
    @Operation(operationId = "releaseReservation", summary = "Give the held stock back")
    ReservationView release(@PathVariable UUID id, @RequestBody(required = false) Settle request) {
        return ReservationView.of(service.release(Actor.current(), id));
    }
}

package io.oneshelf.fulfillment.pickup;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pickup codes for store staff: one order's pickup and its QR image, looking a code up before handing the goods
 * over, and verifying it (核銷), which completes the order. Wrong codes are counted per caller: after ten in a
 * minute, 429 with Retry-After.
 */
@RestController
@Tag(name = "Pickups")
class PickupController {

    private static final String PICKUPS = "/api/v1/pickups";
    private static final String THROTTLED = "More than ten wrong codes this minute; see Retry-After";

    private final PickupService service;

    PickupController(PickupService service) {
        this.service = service;
    }

    @GetMapping(PICKUPS + "/{orderId}")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "getPickup", summary = "The pickup of an order collected at a store within your scope: "
            + "its code, status, lines and who collected it when")
    PickupView get(@PathVariable UUID orderId) {
        return service.get(Actor.current(), orderId);
    }

    // no "produces": a refusal must still be answered as problem+json to a caller that accepts only images
    @GetMapping(PICKUPS + "/{orderId}/qr.png")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "getPickupQr", summary = "The pickup's QR image (PNG, size pixels square, 120–1024), "
            + "content oneshelf:pickup:<orderId>:<code>")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable UUID orderId, @RequestParam(defaultValue = "320") int size) {
        if (size < PickupQr.MIN_SIZE || size > PickupQr.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", PickupQr.MIN_SIZE, PickupQr.MAX_SIZE);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(service.qr(Actor.current(), orderId, size));
    }

    @PostMapping(PICKUPS + "/lookup")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "lookUpPickup", summary = "The pickup a code or scanned QR names, to check the order "
            + "before handing it over; changes nothing (404 unknown, 400 another store's)")
    @ApiResponse(responseCode = "200", description = "The pickup", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = THROTTLED,
            headers = @Header(name = "Retry-After", description = "Seconds to wait"))
    PickupView lookup(@Valid @RequestBody PickupRequests.Present body) {
        return service.lookup(Actor.current(), presented(body));
    }

    @PostMapping(PICKUPS + "/verify")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "verifyPickup", summary = "Verify a code or scanned QR at its store (核銷): the order is "
            + "COMPLETED and the pickup recorded. 409 when already collected, 400 on code/qr for another store's, "
            + "404 for an unknown code")
    @ApiResponse(responseCode = "200", description = "Collected", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = THROTTLED,
            headers = @Header(name = "Retry-After", description = "Seconds to wait"))
    PickupView verify(@Valid @RequestBody PickupRequests.Present body) {
        return service.verify(Actor.current(), presented(body));
    }

    private static PickupService.Presented presented(PickupRequests.Present body) {
        boolean code = body.code() != null && !body.code().isBlank();
        boolean qr = body.qr() != null && !body.qr().isBlank();
        if (code == qr) {
            throw Rejection.invalid("code", "fulfillment.pickup.code-or-qr");
        }
        return new PickupService.Presented(code ? body.code().trim() : null, qr ? body.qr().trim() : null);
    }
}

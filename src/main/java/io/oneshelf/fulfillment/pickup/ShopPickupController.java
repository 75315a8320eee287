package io.oneshelf.fulfillment.pickup;

import io.oneshelf.fulfillment.PickupPass;
import io.oneshelf.fulfillment.Pickups;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's pickup code of an order they collect at a store, and its QR image, to show at the
 * counter. Another customer's order, or one without a pickup (not paid yet, or delivered), is 404.
 */
@RestController
@Tag(name = "Shop")
class ShopPickupController {

    private static final String PICKUP = "/api/v1/shop/{brandCode}/orders/{id}/pickup";

    private final Pickups pickups;

    ShopPickupController(Pickups pickups) {
        this.pickups = pickups;
    }

    @GetMapping(PICKUP)
    @Operation(operationId = "getShopPickup", summary = "The pickup code of one of the customer's paid pickup "
            + "orders: the six digits, the QR content, the store, and whether it is ready or collected")
    PickupPass pass(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        return pickups.pass(shopper.brandId(), shopper.customerId(), id);
    }

    // no "produces": a refusal must still be answered as problem+json to a caller that accepts only images
    @GetMapping(PICKUP + "/qr.png")
    @Operation(operationId = "getShopPickupQr", summary = "The pickup's QR image (PNG, size pixels square, "
            + "120–1024), for the store to scan")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable String brandCode, @PathVariable UUID id,
                              @RequestParam(defaultValue = "320") int size) {
        if (size < PickupQr.MIN_SIZE || size > PickupQr.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", PickupQr.MIN_SIZE, PickupQr.MAX_SIZE);
        }
        Shopper shopper = Shopper.current();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(pickups.qrPng(shopper.brandId(), shopper.customerId(), id, size));
    }
}

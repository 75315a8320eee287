package io.oneshelf.order.sale;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.QrCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pay link of an order a guide built for a customer (代客下單), to send or to show as a QR code: the customer
 * opens it in the storefront, signs in and pays there. Read-only: asking again answers the same link.
 */
@RestController
@Tag(name = "Orders")
class PayLinkController {

    private static final String PAY_LINK = "/api/v1/orders/{id}/pay-link";

    private final OrderQueries queries;
    private final PayLinks links;

    PayLinkController(OrderQueries queries, PayLinks links) {
        this.queries = queries;
        this.links = links;
    }

    @GetMapping(PAY_LINK)
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getOrderPayLink", summary = "The link a customer opens to pay the order in the "
            + "storefront (/shop.html#/{brandCode}/orders/{orderId}), and whether it still waits for payment "
            + "(404 outside your scope; a guide reaches only their own orders)")
    PayLinks.PayLink payLink(@PathVariable UUID id) {
        return links.of(queries.get(Actor.current(), id), requestBase());
    }

    // no "produces": a refusal must still be answered as problem+json to a caller that accepts only images
    @GetMapping(PAY_LINK + "/qr.png")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getOrderPayLinkQr",
            summary = "The pay link as a QR image (PNG, size pixels square, 120–1024) for the customer to scan")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable UUID id, @RequestParam(defaultValue = "320") int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", QrCodes.MIN_SIZE, QrCodes.MAX_SIZE);
        }
        String url = links.of(queries.get(Actor.current(), id), requestBase()).url();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(url, size));
    }

    private static String requestBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).replaceQuery(null)
                .toUriString();
    }
}

package io.oneshelf.pos.receipt;

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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A sale's receipt for the till to show, print (ESC/POS bytes the till passes to its thermal printer) and reprint,
 * and the QR image of its e-receipt. Whoever may read the order may read its receipt.
 */
@RestController
@Tag(name = "POS")
class ReceiptController {

    private static final String RECEIPT = "/api/v1/pos/receipts/{orderId}";

    private final ReceiptBook receipts;

    ReceiptController(ReceiptBook receipts) {
        this.receipts = receipts;
    }

    @GetMapping(RECEIPT)
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getReceipt", summary = "The receipt of an order: store, till, cashier, member, lines, "
            + "discounts, total, tenders with the change, and the e-receipt address its QR code opens (404 outside "
            + "your scope)")
    Receipt receipt(@PathVariable UUID orderId) {
        return receipts.of(Actor.current(), orderId, requestBase());
    }

    // no "produces": a refusal must still be answered as problem+json to a caller that accepts only bytes
    @GetMapping(RECEIPT + "/escpos")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "printReceipt", summary = "The receipt as ESC/POS bytes for a 58 or 80 mm thermal "
            + "printer: Chinese text in GB18030 (Chinese mode), the e-receipt's QR code, the cut")
    @ApiResponse(responseCode = "200", description = "The bytes to send to the printer", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string",
            format = "binary")))
    ResponseEntity<byte[]> escpos(@PathVariable UUID orderId, @RequestParam(defaultValue = "80") int width) {
        Paper paper = Paper.of(width);
        Receipt receipt = receipts.of(Actor.current(), orderId, requestBase());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("receipt-" + receipt.number() + "-" + width + "mm.bin").build().toString())
                .cacheControl(CacheControl.noStore()).body(ReceiptPrint.bytes(receipt, paper));
    }

    // no "produces": as above
    @GetMapping(RECEIPT + "/qr.png")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getReceiptQr",
            summary = "The e-receipt's address as a QR image (PNG, size pixels square, 120–1024), for a receipt page")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable UUID orderId, @RequestParam(defaultValue = "320") int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", QrCodes.MIN_SIZE, QrCodes.MAX_SIZE);
        }
        String url = receipts.of(Actor.current(), orderId, requestBase()).eReceiptUrl();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(url, size));
    }

    private static String requestBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).replaceQuery(null)
                .toUriString();
    }
}

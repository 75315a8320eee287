package io.oneshelf.pos.till;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A till sale awaiting the customer's payment by the till's QR (decision 0048): polled, shown, cancelled. */
@RestController
@RequestMapping("/api/v1/pos/tills/{id}/qr-sales/{orderId}")
@Tag(name = "POS")
class QrSaleController {

    private final QrSales qr;

    QrSaleController(QrSales qr) {
        this.qr = qr;
    }

    @Schema(name = "PosQrSale")
    record QrSale(UUID orderId, String number,
                  @Schema(description = "CREATED while the QR awaits payment, COMPLETED once paid, CANCELLED")
                  String status, long total, long qrAmount,
                  @Schema(description = "What the QR encodes: the gateway's code URL") String payUrl,
                  @Schema(description = "PENDING, SUCCEEDED, CLOSED or FAILED") String paymentStatus) {

        static QrSale of(QrSales.State s) {
            return new QrSale(s.orderId(), s.number(), s.status().name(), s.total(), s.qrAmount(), s.payUrl(),
                    s.paymentStatus() == null ? null : s.paymentStatus().name());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "getQrSale", summary = "A till sale paid by the till's QR: whether it is paid yet (a "
            + "pending payment is asked about at the gateway); 404 for an order not sold at this till")
    QrSale get(@PathVariable UUID id, @PathVariable UUID orderId) {
        return QrSale.of(qr.state(Actor.current(), id, orderId));
    }

    @GetMapping("/qr.png")
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "getQrSaleCode", summary = "The QR the customer scans to pay (PNG, size pixels square, "
            + "120–1024); 404 when the sale has no QR to pay")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> code(@PathVariable UUID id, @PathVariable UUID orderId,
                                @RequestParam(defaultValue = "280") int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", QrCodes.MIN_SIZE, QrCodes.MAX_SIZE);
        }
        QrSales.State s = qr.state(Actor.current(), id, orderId);
        if (s.payUrl() == null) {
            throw Rejection.notFound("payment");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(s.payUrl(), size));
    }

    @PostMapping("/cancel")
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "cancelQrSale", summary = "The customer did not pay the QR: its prepay is closed and "
            + "the sale cancelled (stock back, other tenders refunded); 409 if it was paid meanwhile")
    QrSale cancel(@PathVariable UUID id, @PathVariable UUID orderId) {
        return QrSale.of(qr.cancel(Actor.current(), id, orderId));
    }
}

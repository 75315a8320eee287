package io.oneshelf.member.customer;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.QrCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's member card in the shop's member centre: the card number and the member QR code (a
 * signed code valid for five minutes) a cashier scans at the till to find them (支付即會員).
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}/me/member-code")
@Tag(name = "Shop account")
class ShopMemberCodeController {

    private final MemberCodes codes;
    private final CustomerBook customers;

    ShopMemberCodeController(MemberCodes codes, CustomerBook customers) {
        this.codes = codes;
        this.customers = customers;
    }

    /** The card number, and the code of the QR with the time it stops working. */
    @Schema(name = "ShopMemberCode")
    record MemberCode(String cardNumber, String code, Instant expiresAt) {
    }

    @GetMapping
    @Operation(operationId = "getShopMemberCode", summary = "The customer's member card number and a fresh member "
            + "code (valid five minutes) for the member QR")
    MemberCode code(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        String card = customers.cardNumber(shopper.brandId(), shopper.customerId())
                .orElseThrow(() -> Rejection.notFound("customer"));
        MemberCodes.Issued issued = codes.issue(shopper.brandId(), card);
        return new MemberCode(card, issued.code(), issued.expiresAt());
    }

    @GetMapping("/qr.png")
    @Operation(operationId = "getShopMemberQr", summary = "The member QR image (PNG, size pixels square, 120–1024) "
            + "of a fresh member code")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable String brandCode, @RequestParam(defaultValue = "320") int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", QrCodes.MIN_SIZE, QrCodes.MAX_SIZE);
        }
        MemberCode code = code(brandCode);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(code.code(), size));
    }
}

package io.oneshelf.voucher.book;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's own vouchers in a brand's shop, with their codes and QR images to show at the store. */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}/me/vouchers")
@Tag(name = "Shop vouchers")
class ShopVoucherController {

    private final VoucherBook book;
    private final VoucherDesk desk;

    ShopVoucherController(VoucherBook book, VoucherDesk desk) {
        this.book = book;
        this.desk = desk;
    }

    @GetMapping
    @Operation(operationId = "listShopVouchers", summary = "The signed-in customer's vouchers, oldest first")
    Page<VoucherViews.VoucherView> list(@PathVariable String brandCode,
                                        @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        int size = Page.limit(limit);
        return Page.of(book.list(shopper.brandId(), null, shopper.customerId(), null, Page.after(cursor), size + 1),
                size, Voucher::id).map(desk::view);
    }

    @GetMapping("/{id}/qr.png")
    @Operation(operationId = "getShopVoucherQr", summary = "The QR image of one of the customer's vouchers (PNG)")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable String brandCode, @PathVariable UUID id,
                              @RequestParam(defaultValue = "320") int size) {
        Shopper shopper = Shopper.current();
        Voucher v = book.find(shopper.brandId(), id, false).filter(x -> shopper.customerId().equals(x.customerId()))
                .orElseThrow(() -> Rejection.notFound("voucher"));
        return VoucherController.png(v, size);
    }
}

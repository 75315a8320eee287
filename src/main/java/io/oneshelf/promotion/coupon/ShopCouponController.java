package io.oneshelf.promotion.coupon;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.Page;
import io.oneshelf.platform.web.QrCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's coupons in a brand's shop (with the code and QR staff read at the till), and the coupons
 * they may claim.
 */
@RestController
@Tag(name = "Shop coupons")
class ShopCouponController {

    private final CouponBook book;
    private final CouponDesk desk;
    private final CouponAnswers answers;

    ShopCouponController(CouponBook book, CouponDesk desk, CouponAnswers answers) {
        this.book = book;
        this.desk = desk;
        this.answers = answers;
    }

    @GetMapping("/api/v1/shop/{brandCode}/me/coupons")
    @Operation(operationId = "listShopCoupons", summary = "The signed-in customer's coupons, newest first (at most "
            + "200)", description = "A bare JSON array, bounded by its limit.")
    List<CouponViews.CouponView> mine(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return answers.coupons(shopper.brandId(), book.ofCustomer(shopper.brandId(), shopper.customerId(), 200));
    }

    @GetMapping("/api/v1/shop/{brandCode}/me/coupons/{id}/qr.png")
    @Operation(operationId = "getShopCouponQr", summary = "The QR image (PNG, size pixels square, 120–1024) of one "
            + "of the customer's coupons: its code, for the till to scan (404 when not theirs)")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable String brandCode, @PathVariable UUID id,
                              @RequestParam(defaultValue = "320") int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", QrCodes.MIN_SIZE, QrCodes.MAX_SIZE);
        }
        Shopper shopper = Shopper.current();
        Coupon c = book.find(shopper.brandId(), List.of(id)).stream()
                .filter(x -> x.customerId().equals(shopper.customerId())).findFirst()
                .orElseThrow(() -> Rejection.notFound("coupon"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(c.code(), size));
    }

    @GetMapping("/api/v1/shop/{brandCode}/coupon-templates")
    @Operation(operationId = "listClaimableCoupons", summary = "The coupons customers may claim now, a page at a time")
    Page<CouponViews.Template> claimable(@PathVariable String brandCode,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        int size = Page.limit(limit);
        Page<CouponTemplate> page = Page.of(book.templates(shopper.brandId(), Page.after(cursor), size + 1, true),
                size, CouponTemplate::id);
        return new Page<>(answers.templates(shopper.brandId(), page.items()), page.nextCursor());
    }

    @PostMapping("/api/v1/shop/{brandCode}/coupon-templates/{id}/claim")
    @Operation(operationId = "claimCoupon", summary = "Claim a coupon of a claimable template (409 when none are "
            + "left or the customer holds as many as one may)")
    CouponViews.CouponView claim(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        return answers.coupon(shopper.brandId(), desk.claim(shopper.brandId(), id, shopper.customerId()));
    }
}

package io.oneshelf.promotion.coupon;

import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's coupons in a brand's shop, and the coupons they may claim. */
@RestController
@Tag(name = "Shop coupons")
class ShopCouponController {

    private final CouponBook book;
    private final CouponDesk desk;

    ShopCouponController(CouponBook book, CouponDesk desk) {
        this.book = book;
        this.desk = desk;
    }

    @GetMapping("/api/v1/shop/{brandCode}/me/coupons")
    @Operation(operationId = "listShopCoupons", summary = "The signed-in customer's coupons, newest first (at most "
            + "200)", description = "A bare JSON array, bounded by its limit.")
    List<CouponViews.CouponView> mine(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return CouponTemplateController.views(book, shopper.brandId(),
                book.ofCustomer(shopper.brandId(), shopper.customerId(), 200));
    }

    @GetMapping("/api/v1/shop/{brandCode}/coupon-templates")
    @Operation(operationId = "listClaimableCoupons", summary = "The coupons customers may claim now, a page at a time")
    Page<CouponViews.Template> claimable(@PathVariable String brandCode,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        int size = Page.limit(limit);
        return Page.of(book.templates(shopper.brandId(), Page.after(cursor), size + 1, true), size,
                CouponTemplate::id).map(CouponViews.Template::of);
    }

    @PostMapping("/api/v1/shop/{brandCode}/coupon-templates/{id}/claim")
    @Operation(operationId = "claimCoupon", summary = "Claim a coupon of a claimable template (409 when none are "
            + "left or the customer holds as many as one may)")
    CouponViews.CouponView claim(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        Coupon c = desk.claim(shopper.brandId(), id, shopper.customerId());
        return CouponTemplateController.view(c, book.template(shopper.brandId(), id).orElseThrow());
    }
}

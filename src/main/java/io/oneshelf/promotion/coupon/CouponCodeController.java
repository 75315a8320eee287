package io.oneshelf.promotion.coupon;

import io.oneshelf.member.Customers;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A coupon looked up by its code (typed, or scanned from the customer's QR) at the till: staff who read customers
 * find the brand's coupons whose template applies at one of their stores. The till then sells with the coupon's
 * {@code id} in {@code couponIds}, like any other checkout (decision 0041).
 */
@RestController
@Tag(name = "Coupons")
class CouponCodeController {

    private final CouponBook book;
    private final CouponAnswers answers;
    private final Customers customers;
    private final Places places;

    CouponCodeController(CouponBook book, CouponAnswers answers, Customers customers, Places places) {
        this.book = book;
        this.answers = answers;
        this.customers = customers;
        this.places = places;
    }

    @GetMapping("/api/v1/coupons/by-code/{code}")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "findCouponByCode", summary = "The coupon of a code (case, spaces and dashes ignored), "
            + "its owner, whether it can be used now and whether it applies at the store asked about (404 when the "
            + "brand has no such coupon for the caller's stores)")
    CouponViews.AtTill byCode(@PathVariable String code, @RequestParam(required = false) UUID storeId) {
        Actor actor = Actor.current();
        UUID brand = actor.tenantId();
        Set<UUID> mine = CouponTemplateController.visible(places, actor);
        if (storeId != null && (mine == null ? places.find(brand, storeId)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isEmpty() : !mine.contains(storeId))) {
            throw Rejection.invalid("storeId", "promotion.store.unknown");
        }
        Coupon c = book.byCode(brand, CouponCodes.normalise(code)).orElseThrow(() -> Rejection.notFound("coupon"));
        CouponTemplate t = book.template(brand, c.templateId())
                .flatMap(x -> CouponTemplateController.seenBy(x, mine)).orElseThrow(() -> Rejection.notFound("coupon"));
        OffsetDateTime now = CouponDesk.now();
        boolean usable = "AVAILABLE".equals(c.status()) && !now.isBefore(c.validFrom()) && now.isBefore(c.validTo());
        Boolean applies = storeId == null ? null : t.storeIds().isEmpty() || t.storeIds().contains(storeId);
        String name = customers.find(brand, c.customerId()).map(x -> x.name()).orElse(null);
        return new CouponViews.AtTill(answers.coupon(brand, c), new CouponViews.Owner(c.customerId(), name), usable,
                applies);
    }
}

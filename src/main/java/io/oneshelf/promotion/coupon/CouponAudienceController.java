package io.oneshelf.promotion.coupon;

import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Brand-wide staff who set prices issue a coupon template to an RFM segment or to the customers with a tag. */
@RestController
@Tag(name = "Coupons")
class CouponAudienceController {

    private final AudienceIssuing issuing;

    CouponAudienceController(AudienceIssuing issuing) {
        this.issuing = issuing;
    }

    @PostMapping("/api/v1/coupon-templates/{id}/issue-to-audience")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "issueCouponsToAudience", summary = "Issue one coupon of the template to every "
            + "customer of an RFM segment or with a tag, within its limits: answers how many were issued and how many "
            + "skipped and why (409 when the template is no longer issued)")
    CouponViews.AudienceOutcome issue(@PathVariable UUID id, @Valid @RequestBody CouponViews.AudienceIssue body) {
        boolean tag = body.tag() != null && !body.tag().isBlank();
        if ((body.segment() != null) == tag) {
            throw Rejection.invalid("segment", "promotion.coupon.audience-one-way");
        }
        CouponAudiences.Audience audience = new CouponAudiences.Audience(body.segment(),
                tag ? body.tag().strip() : null);
        AudienceIssuing.Outcome o = issuing.issue(CouponTemplateController.by(), id, audience);
        int skipped = o.skipped().values().stream().mapToInt(Integer::intValue).sum();
        return new CouponViews.AudienceOutcome(audience.kind(), audience.name(), o.customers(), o.issued(), skipped,
                o.skipped());
    }
}

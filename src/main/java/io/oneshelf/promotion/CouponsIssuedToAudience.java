package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.Map;
import java.util.UUID;

/**
 * Staff issued template {@code templateId} to every customer of an audience ({@code audienceKind} SEGMENT: an RFM
 * segment's name; TAG: a customer tag): of {@code customers}, {@code issued} got a coupon (each also told as
 * {@link CouponIssued}), the others were skipped for the reasons counted in {@code skipped} (MEMBER_LIMIT: they hold
 * as many as one may; SOLD_OUT: the template's total limit was reached).
 */
@EventType("promotion.coupon.issued-to-audience")
public record CouponsIssuedToAudience(UUID brandId, UUID templateId, String audienceKind, String audience,
                                      int customers, int issued, Map<String, Integer> skipped)
        implements BusinessEvent {

    public CouponsIssuedToAudience {
        skipped = Map.copyOf(skipped);
    }

    @Override
    public UUID aggregateId() {
        return templateId;
    }
}

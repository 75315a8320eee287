package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer got a coupon of template {@code templateId}: {@code source} CLAIMED (in the shop) or ISSUED (by staff);
 * usable from {@code validFrom} until before {@code validTo}.
 */
@EventType("promotion.coupon.issued")
public record CouponIssued(UUID brandId, UUID couponId, UUID templateId, String templateName, UUID customerId,
                           String source, OffsetDateTime validFrom, OffsetDateTime validTo) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return couponId;
    }
}

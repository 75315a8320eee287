package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * Coupons changed hands with a customer merge: on {@code MERGED} the merged customer's coupons {@code couponIds}
 * became the survivor's ({@code from} the merged, {@code to} the survivor); on {@code MERGE_UNDONE} exactly those
 * went back.
 */
@EventType("promotion.coupon.moved")
public record CouponsMoved(UUID brandId, UUID mergeId, UUID from, UUID to, String reason, List<UUID> couponIds)
        implements BusinessEvent {

    public CouponsMoved {
        couponIds = List.copyOf(couponIds);
    }

    @Override
    public UUID aggregateId() {
        return mergeId;
    }
}

package io.oneshelf.promotion.coupon;

import io.oneshelf.order.OrderChannel;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A coupon template: what its coupons take off ({@code kind} with {@code amountOff}, or {@code percentOff} capped by
 * {@code maxOff}), from how much goods ({@code threshold}), how long a coupon is valid (the window {@code validFrom}
 * to {@code validTo}, or {@code validDays} from claim), how many one member may hold ({@code perMember}) and how many
 * are issued at most ({@code totalLimit}, null: no limit; {@code issued} so far), where it may be used
 * ({@code channels}, {@code storeIds}: none named is everywhere), whether customers claim it in the shop, and whether
 * a full refund of its order gives it back. A FREE_ITEM template names the SKU ({@code skuId}) one unit of which it
 * gives. Coupons of one {@code stackingGroup} never go together on one order (null: the coupon is in no group and
 * stacks with any other); {@code withPromotions} false keeps it off an order an automatic promotion discounted.
 */
record CouponTemplate(UUID id, String name, CouponKind kind, Long amountOff, Integer percentOff, Long maxOff,
                      UUID skuId, String stackingGroup, boolean withPromotions, long threshold,
                      OffsetDateTime validFrom, OffsetDateTime validTo, Integer validDays,
                      int perMember, Integer totalLimit, int issued, Set<OrderChannel> channels, Set<UUID> storeIds,
                      boolean claimable, boolean returnOnRefund, boolean active, int version,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    CouponTemplate {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        storeIds = storeIds == null ? Set.of() : Set.copyOf(storeIds);
    }

    /** When a coupon issued at {@code at} may be used: the template's window, or {@code validDays} from then. */
    OffsetDateTime[] validity(OffsetDateTime at) {
        return validDays != null ? new OffsetDateTime[] {at, at.plusDays(validDays)}
                : new OffsetDateTime[] {validFrom, validTo};
    }

    /** The same template naming only {@code stores} of its stores (as a reader who sees only those sees it). */
    CouponTemplate atStores(Set<UUID> stores) {
        return new CouponTemplate(id, name, kind, amountOff, percentOff, maxOff, skuId, stackingGroup,
                withPromotions, threshold, validFrom, validTo, validDays, perMember, totalLimit, issued, channels, stores, claimable, returnOnRefund, active,
                version, createdAt, updatedAt);
    }

    /** Whether coupons can still be issued at {@code at}: active, and its window (if any) not over. */
    boolean issuableAt(OffsetDateTime at) {
        return active && (validTo == null || at.isBefore(validTo));
    }
}

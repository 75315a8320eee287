package io.oneshelf.promotion.coupon;

import io.oneshelf.order.OrderChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Coupon templates and coupons as the API reads and writes them; money in fen. */
final class CouponViews {

    private CouponViews() {
    }

    /**
     * A template to create or the whole of one to change (with the {@code version} read): {@code amountOff} for an
     * AMOUNT_OFF, {@code percentOff} (and optionally {@code maxOff}) for a PERCENT_OFF, neither for FREE_SHIPPING;
     * either a window ({@code validFrom}, {@code validTo}) or {@code validDays} after claim.
     */
    @Schema(name = "CouponTemplateEdit")
    record Edit(@NotBlank @Size(max = 60) String name, @NotNull CouponKind kind,
                @Min(1) @Max(100_000_000) Long amountOff, @Min(1) @Max(99) Integer percentOff,
                @Min(1) @Max(100_000_000) Long maxOff, @Min(0) @Max(100_000_000) Long threshold,
                OffsetDateTime validFrom, OffsetDateTime validTo, @Min(1) @Max(3660) Integer validDays,
                @NotNull @Min(1) @Max(100) Integer perMember, @Min(1) @Max(10_000_000) Integer totalLimit,
                Set<@NotNull OrderChannel> channels, @Size(max = 500) Set<@NotNull UUID> storeIds,
                Boolean claimable, Boolean returnOnRefund, Boolean active, @Min(0) Integer version) {
    }

    @Schema(name = "CouponTemplate")
    record Template(UUID id, String name, CouponKind kind, Long amountOff, Integer percentOff, Long maxOff,
                    long threshold, OffsetDateTime validFrom, OffsetDateTime validTo, Integer validDays,
                    int perMember, Integer totalLimit, int issued, Set<OrderChannel> channels, Set<UUID> storeIds,
                    boolean claimable, boolean returnOnRefund, boolean active, int version) {

        static Template of(CouponTemplate t) {
            return new Template(t.id(), t.name(), t.kind(), t.amountOff(), t.percentOff(), t.maxOff(),
                    t.threshold(), t.validFrom(), t.validTo(), t.validDays(), t.perMember(), t.totalLimit(),
                    t.issued(), t.channels(), t.storeIds(), t.claimable(), t.returnOnRefund(), t.active(),
                    t.version());
        }
    }

    /** Staff issue a template's coupons to customers of the brand, one each. */
    @Schema(name = "CouponIssue")
    record Issue(@NotEmpty @Size(max = 200) List<@NotNull UUID> customerIds) {
    }

    /** A customer's coupon, with what its template gives. */
    @Schema(name = "Coupon")
    record CouponView(UUID id, UUID templateId, String name, CouponKind kind, Long amountOff, Integer percentOff,
                      Long maxOff, long threshold, UUID customerId, String status, String source,
                      OffsetDateTime validFrom, OffsetDateTime validTo, UUID orderId, OffsetDateTime issuedAt,
                      OffsetDateTime usedAt) {
    }
}

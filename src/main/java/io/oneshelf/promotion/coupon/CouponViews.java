package io.oneshelf.promotion.coupon;

import io.oneshelf.crm.RfmSegment;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Coupon templates and coupons as the API reads and writes them; money in fen. */
final class CouponViews {

    private CouponViews() {
    }

    /**
     * A template to create or the whole of one to change (with the {@code version} read): {@code amountOff} for an
     * AMOUNT_OFF, {@code percentOff} (and optionally {@code maxOff}) for a PERCENT_OFF, {@code skuId} for a
     * FREE_ITEM (one unit of it free), none for FREE_SHIPPING; either a window ({@code validFrom}, {@code validTo})
     * or {@code validDays} after claim. Coupons of one {@code stackingGroup} never go on one order together (none:
     * stacks with any); {@code withPromotions} false (default true) keeps the coupon off orders an automatic
     * promotion discounted.
     */
    @Schema(name = "CouponTemplateEdit")
    record Edit(@NotBlank @Size(max = 60) String name, @NotNull CouponKind kind,
                @Min(1) @Max(100_000_000) Long amountOff, @Min(1) @Max(99) Integer percentOff,
                @Min(1) @Max(100_000_000) Long maxOff, UUID skuId, @Size(max = 40) String stackingGroup,
                Boolean withPromotions, @Min(0) @Max(100_000_000) Long threshold,
                OffsetDateTime validFrom, OffsetDateTime validTo, @Min(1) @Max(3660) Integer validDays,
                @NotNull @Min(1) @Max(100) Integer perMember, @Min(1) @Max(10_000_000) Integer totalLimit,
                Set<@NotNull OrderChannel> channels, @Size(max = 500) Set<@NotNull UUID> storeIds,
                Boolean claimable, Boolean returnOnRefund, Boolean active, @Min(0) Integer version) {
    }

    /** A template; {@code skuName}: the name of a FREE_ITEM's SKU. */
    @Schema(name = "CouponTemplate")
    record Template(UUID id, String name, CouponKind kind, Long amountOff, Integer percentOff, Long maxOff,
                    UUID skuId, String skuName, String stackingGroup, boolean withPromotions, long threshold, OffsetDateTime validFrom, OffsetDateTime validTo, Integer validDays,
                    int perMember, Integer totalLimit, int issued, Set<OrderChannel> channels, Set<UUID> storeIds,
                    boolean claimable, boolean returnOnRefund, boolean active, int version) {

        static Template of(CouponTemplate t, String skuName) {
            return new Template(t.id(), t.name(), t.kind(), t.amountOff(), t.percentOff(), t.maxOff(), t.skuId(),
                    skuName, t.stackingGroup(), t.withPromotions(), t.threshold(), t.validFrom(), t.validTo(), t.validDays(), t.perMember(), t.totalLimit(),
                    t.issued(), t.channels(), t.storeIds(), t.claimable(), t.returnOnRefund(), t.active(),
                    t.version());
        }
    }

    /** Staff issue a template's coupons to customers of the brand, one each. */
    @Schema(name = "CouponIssue")
    record Issue(@NotEmpty @Size(max = 200) List<@NotNull UUID> customerIds) {
    }

    /** A customer's coupon, with its code for the till and what its template gives. */
    @Schema(name = "Coupon")
    record CouponView(UUID id, String code, UUID templateId, String name, CouponKind kind, Long amountOff,
                      Integer percentOff, Long maxOff, UUID skuId, String skuName, String stackingGroup,
                      long threshold, UUID customerId, String status, String source,
                      OffsetDateTime validFrom, OffsetDateTime validTo, UUID orderId, OffsetDateTime issuedAt,
                      OffsetDateTime usedAt) {
    }

    /** Issue the template to every customer of one RFM {@code segment} or one {@code tag}: exactly one of them. */
    @Schema(name = "CouponAudienceIssue")
    record AudienceIssue(RfmSegment segment, @Size(max = 20) String tag) {
    }

    /**
     * What issuing to an audience did: how many customers it had, how many got a coupon, how many were skipped by
     * reason (MEMBER_LIMIT: they hold as many as one may; SOLD_OUT: the total limit was reached).
     */
    @Schema(name = "CouponAudienceOutcome")
    record AudienceOutcome(String audienceKind, String audience, int customers, int issued, int skipped,
                           Map<String, Integer> skippedBecause) {
    }

    /** The customer a coupon belongs to, as the till shows them (no phone number). */
    @Schema(name = "CouponOwner")
    record Owner(UUID id, String name) {
    }

    /**
     * A coupon found by its code at the till: the coupon, its owner, whether it can be used now (unused and within
     * its validity) and, for the store asked about, whether its template applies there (null when none was asked).
     */
    @Schema(name = "CouponAtTill")
    record AtTill(CouponView coupon, Owner owner, boolean usableNow, Boolean appliesAtStore) {
    }
}

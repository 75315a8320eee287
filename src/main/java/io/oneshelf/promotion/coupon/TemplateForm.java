package io.oneshelf.promotion.coupon;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A template as staff wrote it, checked: the figures its kind needs (a FREE_ITEM names an active SKU of the brand),
 * one way of being valid, stores of the brand, a stacking group of 1–40 characters or none. Only what the kind uses
 * is kept.
 */
@Component
class TemplateForm {

    private final Places places;
    private final SkuCatalog skus;

    TemplateForm(Places places, SkuCatalog skus) {
        this.places = places;
        this.skus = skus;
    }

    CouponTemplate read(UUID brandId, UUID id, CouponViews.Edit b, int version, int issued,
                        OffsetDateTime createdAt) {
        figures(brandId, b);
        plausible("validFrom", b.validFrom());
        plausible("validTo", b.validTo());
        boolean window = b.validFrom() != null || b.validTo() != null;
        if (window == (b.validDays() != null)) {
            throw Rejection.invalid("validDays", "promotion.coupon.validity-one-way");
        }
        if (window && (b.validFrom() == null || b.validTo() == null || !b.validTo().isAfter(b.validFrom()))) {
            throw Rejection.invalid("validTo", "promotion.ends-before-start");
        }
        if (b.storeIds() != null && !b.storeIds().stream().allMatch(s -> places.find(brandId, s)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isPresent())) {
            throw Rejection.invalid("storeIds", "promotion.store.unknown");
        }
        String group = b.stackingGroup() == null || b.stackingGroup().isBlank() ? null : b.stackingGroup().strip();
        CouponKind kind = b.kind();
        return new CouponTemplate(id, b.name().strip(), kind,
                kind == CouponKind.AMOUNT_OFF ? b.amountOff() : null,
                kind == CouponKind.PERCENT_OFF ? b.percentOff() : null,
                kind == CouponKind.PERCENT_OFF ? b.maxOff() : null,
                kind == CouponKind.FREE_ITEM ? b.skuId() : null, group, !Boolean.FALSE.equals(b.withPromotions()),
                b.threshold() == null ? 0 : b.threshold(), b.validFrom(), b.validTo(), b.validDays(), b.perMember(),
                b.totalLimit(), issued, b.channels(), b.storeIds(), b.claimable() == null || b.claimable(),
                Boolean.TRUE.equals(b.returnOnRefund()), b.active() == null || b.active(), version, createdAt,
                createdAt);
    }

    private void figures(UUID brandId, CouponViews.Edit b) {
        switch (b.kind()) {
            case AMOUNT_OFF -> required("amountOff", b.amountOff());
            case PERCENT_OFF -> required("percentOff", b.percentOff());
            case FREE_ITEM -> {
                required("skuId", b.skuId());
                if (skus.find(brandId, List.of(b.skuId())).values().stream().noneMatch(s -> s.active())) {
                    throw Rejection.invalid("skuId", "promotion.coupon.sku-unknown");
                }
            }
            case FREE_SHIPPING -> {
            }
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw Rejection.invalid(field, "validation.required");
        }
    }

    /** A number read as seconds since 1970 is no date a coupon names. */
    private static void plausible(String field, OffsetDateTime at) {
        if (at != null && (at.getYear() < 2000 || at.getYear() > 2099)) {
            throw Rejection.invalid(field, "promotion.date.out-of-range");
        }
    }
}

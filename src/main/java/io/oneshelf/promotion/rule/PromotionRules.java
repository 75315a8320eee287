package io.oneshelf.promotion.rule;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a promotion must be before it is kept: the figures its kind needs and only those, tiers that rise, each
 * saving less than it asks, a window that ends after it starts, and SKUs and stores of the brand. Each refusal names
 * the field at fault.
 */
@Component
class PromotionRules {

    private final SkuCatalog skus;
    private final Places places;

    PromotionRules(SkuCatalog skus, Places places) {
        this.skus = skus;
        this.places = places;
    }

    /** The promotion the body describes, checked. */
    Promotion promotion(UUID brandId, UUID id, PromotionViews.Edit b, int version, OffsetDateTime createdAt) {
        figures(b);
        plausible("startsAt", b.startsAt());
        plausible("endsAt", b.endsAt());
        if (!b.endsAt().isAfter(b.startsAt())) {
            throw Rejection.invalid("endsAt", "promotion.ends-before-start");
        }
        if (b.skuIds() != null && skus.find(brandId, b.skuIds()).size() != b.skuIds().size()) {
            throw Rejection.invalid("skuIds", "promotion.sku.unknown");
        }
        if (b.storeIds() != null && !b.storeIds().stream().allMatch(s -> places.find(brandId, s)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isPresent())) {
            throw Rejection.invalid("storeIds", "promotion.store.unknown");
        }
        return new Promotion(id, b.name().strip(), b.kind(),
                b.kind() == PromotionKind.FULL_REDUCTION ? b.tiers() : List.of(),
                b.kind() == PromotionKind.PERCENT_OFF ? b.percentOff() : null,
                b.kind() == PromotionKind.BUY_X_GET_Y ? b.buy() : null,
                b.kind() == PromotionKind.BUY_X_GET_Y ? b.get() : null, b.skuIds(), b.categoryIds(), b.channels(),
                b.storeIds(), b.startsAt(), b.endsAt(), b.priority() == null ? 0 : b.priority(),
                Boolean.TRUE.equals(b.exclusive()), b.active() == null || b.active(), version, createdAt, createdAt);
    }

    /** The earliest and latest times a promotion may name: a number read as seconds since 1970 is refused. */
    static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    static final OffsetDateTime LATEST = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    static void plausible(String field, OffsetDateTime at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw Rejection.invalid(field, "promotion.date.out-of-range");
        }
    }

    private static void figures(PromotionViews.Edit b) {
        switch (b.kind()) {
            case FULL_REDUCTION -> tiers(b.tiers());
            case PERCENT_OFF -> {
                if (b.percentOff() == null) {
                    throw Rejection.invalid("percentOff", "validation.required");
                }
            }
            case BUY_X_GET_Y -> {
                if (b.buy() == null) {
                    throw Rejection.invalid("buy", "validation.required");
                }
                if (b.get() == null) {
                    throw Rejection.invalid("get", "validation.required");
                }
            }
        }
    }

    static void tiers(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            throw Rejection.invalid("tiers", "validation.required");
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.off() >= t.threshold()) {
                throw Rejection.invalid("tiers[" + i + "].off", "promotion.tier.off-over-threshold");
            }
            if (i > 0 && (t.threshold() <= tiers.get(i - 1).threshold() || t.off() <= tiers.get(i - 1).off())) {
                throw Rejection.invalid("tiers[" + i + "].threshold", "promotion.tier.not-rising");
            }
        }
    }
}

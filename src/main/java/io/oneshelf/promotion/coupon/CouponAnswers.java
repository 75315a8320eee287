package io.oneshelf.promotion.coupon;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Templates and coupons as the API answers them: with the names of free items' SKUs, read in one go. */
@Component
class CouponAnswers {

    private final CouponBook book;
    private final SkuCatalog skus;

    CouponAnswers(CouponBook book, SkuCatalog skus) {
        this.book = book;
        this.skus = skus;
    }

    CouponViews.Template template(UUID brandId, CouponTemplate t) {
        return templates(brandId, List.of(t)).get(0);
    }

    List<CouponViews.Template> templates(UUID brandId, List<CouponTemplate> templates) {
        Map<UUID, String> names = names(brandId, templates);
        return templates.stream().map(t -> CouponViews.Template.of(t, name(names, t))).toList();
    }

    List<CouponViews.CouponView> coupons(UUID brandId, List<Coupon> coupons) {
        Map<UUID, CouponTemplate> templates = book.templates(brandId,
                coupons.stream().map(Coupon::templateId).distinct().toList());
        Map<UUID, String> names = names(brandId, templates.values());
        return coupons.stream().map(c -> view(c, templates.get(c.templateId()), names)).toList();
    }

    CouponViews.CouponView coupon(UUID brandId, Coupon c) {
        return coupons(brandId, List.of(c)).get(0);
    }

    private Map<UUID, String> names(UUID brandId, Collection<CouponTemplate> templates) {
        List<UUID> ids = templates.stream().map(CouponTemplate::skuId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : skus.find(brandId, ids).values().stream()
                .collect(Collectors.toMap(SkuRef::id, SkuRef::name));
    }

    private static String name(Map<UUID, String> names, CouponTemplate t) {
        return t.skuId() == null ? null : names.get(t.skuId());
    }

    private static CouponViews.CouponView view(Coupon c, CouponTemplate t, Map<UUID, String> names) {
        return new CouponViews.CouponView(c.id(), c.code(), t.id(), t.name(), t.kind(), t.amountOff(),
                t.percentOff(), t.maxOff(), t.skuId(), name(names, t), t.stackingGroup(), t.threshold(),
                c.customerId(), c.status(), c.source(), c.validFrom(), c.validTo(), c.orderId(), c.issuedAt(),
                c.usedAt());
    }
}

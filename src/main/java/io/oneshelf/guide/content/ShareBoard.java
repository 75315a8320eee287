package io.oneshelf.guide.content;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.org.StaffNames;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Shares as staff see them: with their guide's name, their products' names and their figures; and the report. */
@Component
class ShareBoard {

    /** The most shares a report reads (the newest): a store's guides publish far fewer in a report's period. */
    static final int REPORT_SHARES = 2_000;

    private final ShareStore store;
    private final ShareStats stats;
    private final StaffNames names;
    private final SkuCatalog skus;

    ShareBoard(ShareStore store, ShareStats stats, StaffNames names, SkuCatalog skus) {
        this.store = store;
        this.stats = stats;
        this.names = names;
        this.skus = skus;
    }

    List<ShareViews.View> views(UUID brand, String brandCode, List<Share> shares, OffsetDateTime start,
                                OffsetDateTime end) {
        Map<UUID, ShareStats.Figures> figures = stats.of(brand, shares.stream().map(Share::id).toList(), start, end);
        Map<UUID, String> guides = names.of(brand, shares.stream().map(Share::guideId).toList());
        Map<UUID, SkuRef> products = skus.find(brand, shares.stream().flatMap(s -> s.skuIds().stream())
                .collect(Collectors.toSet()));
        return shares.stream().map(s -> new ShareViews.View(s.id(), s.code(), link(brandCode, s.code()),
                s.guideId(), guides.get(s.guideId()), s.storeId(), s.kind(), s.title(), s.body(), s.pictures(),
                s.skuIds().stream().map(products::get).filter(java.util.Objects::nonNull)
                        .map(p -> new ShareViews.Product(p.id(), p.spuId(), p.code(), p.name(), p.productName()))
                        .toList(), s.status(), s.version(), s.createdAt(), s.updatedAt(),
                figures.getOrDefault(s.id(), ShareStats.Figures.NONE))).toList();
    }

    ShareViews.View view(UUID brand, String brandCode, Share share) {
        return views(brand, brandCode, List.of(share), null, null).get(0);
    }

    /** The shares of the stores (or of one guide) and what they brought in the period, per guide and per share. */
    ShareViews.Report report(UUID brand, Set<UUID> stores, UUID guide, UUID storeId, java.time.LocalDate from,
                             java.time.LocalDate to, OffsetDateTime start, OffsetDateTime end) {
        List<Share> shares = store.list(brand, stores, guide, null, null, REPORT_SHARES);
        Map<UUID, ShareStats.Figures> figures = stats.of(brand, shares.stream().map(Share::id).toList(), start, end);
        Map<UUID, String> guides = names.of(brand, shares.stream().map(Share::guideId).toList());
        List<ShareViews.ShareRow> rows = shares.stream().map(s -> new ShareViews.ShareRow(s.id(), s.code(),
                        s.title(), s.kind(), s.status(), s.guideId(), guides.get(s.guideId()), s.storeId(),
                        figures.getOrDefault(s.id(), ShareStats.Figures.NONE)))
                .sorted(Comparator.comparingLong((ShareViews.ShareRow r) -> r.stats().sales()).reversed()
                        .thenComparing(Comparator.comparingLong((ShareViews.ShareRow r) -> r.stats().views())
                                .reversed()))
                .toList();
        Map<UUID, List<ShareViews.ShareRow>> byGuide = rows.stream().collect(Collectors.groupingBy(
                ShareViews.ShareRow::guideId, LinkedHashMap::new, Collectors.toList()));
        List<ShareViews.GuideRow> perGuide = byGuide.entrySet().stream().map(e -> new ShareViews.GuideRow(
                        e.getKey(), guides.get(e.getKey()), e.getValue().get(0).storeId(), e.getValue().size(),
                        sum(e.getValue())))
                .sorted(Comparator.comparingLong((ShareViews.GuideRow r) -> r.stats().sales()).reversed())
                .toList();
        return new ShareViews.Report(from, to, storeId, sum(rows), perGuide, rows);
    }

    /**
     * The share's page in the brand's storefront (relative: the caller's own origin serves it), naming the code as
     * the guide link the shop follows (binding, and the checkout's guide credit).
     */
    static String link(String brandCode, String code) {
        return "/shop.html#/" + brandCode + "/posts/" + code + "?guide=" + code;
    }

    private static ShareStats.Figures sum(List<ShareViews.ShareRow> rows) {
        return rows.stream().map(ShareViews.ShareRow::stats).reduce(ShareStats.Figures.NONE,
                ShareStats.Figures::plus);
    }
}

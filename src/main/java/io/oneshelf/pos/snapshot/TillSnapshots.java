package io.oneshelf.pos.snapshot;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.SkuCategories;
import io.oneshelf.catalog.SkuFeed;
import io.oneshelf.loyalty.MemberTiers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.pos.snapshot.SnapshotViews.Cashier;
import io.oneshelf.pos.snapshot.SnapshotViews.Settings;
import io.oneshelf.pos.snapshot.SnapshotViews.Sku;
import io.oneshelf.pos.snapshot.SnapshotViews.Store;
import io.oneshelf.pos.snapshot.SnapshotViews.Tier;
import io.oneshelf.pos.snapshot.SnapshotViews.TierPrice;
import io.oneshelf.pos.snapshot.SnapshotViews.TillSnapshot;
import io.oneshelf.pos.till.DiscountLimits;
import io.oneshelf.promotion.ChannelPromotions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A till's cache of the catalog (decision 0046): the store's SKUs priced for the POS channel there, in full or
 * changed since the device's last copy, with what else a till needs to sell offline. Reads each module through its
 * API: the catalog's feed (a few set-based statements whatever the catalog's size), the tiers, the promotions.
 */
@Service
class TillSnapshots {

    /** A copy older than this is replaced whole: cheaper than listing most of the catalog as changed anyway. */
    static final Duration OLDEST_SINCE = Duration.ofDays(30);

    private final TillStores stores;
    private final SkuFeed feed;
    private final MemberTiers tiers;
    private final ChannelPromotions promotions;
    private final OfflineLimits limits;
    private final SkuCategories categories;

    TillSnapshots(TillStores stores, SkuFeed feed, MemberTiers tiers, ChannelPromotions promotions,
                  OfflineLimits limits, SkuCategories categories) {
        this.stores = stores;
        this.feed = feed;
        this.tiers = tiers;
        this.promotions = promotions;
        this.limits = limits;
        this.categories = categories;
    }

    TillSnapshot snapshot(Actor actor, UUID tillId, Instant since) {
        PlaceRef store = stores.storeOf(actor, tillId);
        UUID brand = actor.tenantId();
        List<Tier> tierNames = tiers.tiers(brand).stream().map(t -> new Tier(t.code(), t.name())).toList();
        SkuFeed.Changes changes = feed.changes(brand, new SkuFeed.Ask(SalesChannel.POS, store.id(),
                tierNames.stream().map(Tier::code).toList(), usable(since)));
        List<SkuFeed.FeedSku> active = changes.skus().stream().filter(s -> s.sku().active()).toList();
        Map<UUID, Set<UUID>> of = categories.categoriesOf(brand, active.stream().map(s -> s.sku().id()).toList());
        List<Sku> skus = active.stream().map(s -> sku(s, of.getOrDefault(s.sku().id(), Set.of()))).toList();
        List<UUID> removed = changes.full() ? List.of()
                : changes.skus().stream().filter(s -> !s.sku().active()).map(s -> s.sku().id()).toList();
        OfflineLimits.Limits offline = limits.limits(brand);
        return new TillSnapshot(changes.asOf().atOffset(ZoneOffset.UTC), changes.full(),
                new Store(store.id(), store.name(), store.code()), skus, removed, tierNames,
                promotions.notEnded(brand, OrderChannel.POS, store.id(), changes.asOf()), cashier(actor),
                new Settings(offline.maxOfflineHours(), offline.maxOfflineAmountFen()));
    }

    /** The since to use: none when absent, too old, or ahead of now (a device's clock is not the server's). */
    private static Instant usable(Instant since) {
        Instant now = Instant.now();
        return since == null || since.isBefore(now.minus(OLDEST_SINCE)) || since.isAfter(now) ? null : since;
    }

    private static Sku sku(SkuFeed.FeedSku s, Set<UUID> categoryIds) {
        return new Sku(s.sku().id(), s.sku().code(), s.sku().name(), s.sku().productName(), s.sku().specs(),
                s.barcodes(), s.priceFen(), s.tierPrices().entrySet().stream()
                .map(e -> new TierPrice(e.getKey(), e.getValue())).toList(), true, categoryIds);
    }

    private static Cashier cashier(Actor actor) {
        return new Cashier(actor.id(), actor.name(), actor.role().permissions().stream().map(Permission::code)
                .sorted().toList(), DiscountLimits.percent(actor.role()));
    }
}

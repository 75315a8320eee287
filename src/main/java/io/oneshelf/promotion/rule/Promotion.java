package io.oneshelf.promotion.rule;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An automatic promotion: what it gives ({@code kind} with its {@code tiers}, {@code percentOff} or {@code buy} and
 * {@code get}), the goods it covers ({@code skuIds}, {@code categoryIds}: a line is covered by either; neither named
 * covers every line), where and when it runs ({@code channels}, {@code storeIds}: none named is everywhere; from
 * {@code startsAt} until before {@code endsAt}), its {@code priority} (higher first) and whether it excludes the
 * other promotions.
 */
record Promotion(UUID id, String name, PromotionKind kind, List<Tier> tiers, Integer percentOff, Integer buy,
                 Integer get, Set<UUID> skuIds, Set<UUID> categoryIds, Set<OrderChannel> channels,
                 Set<UUID> storeIds, OffsetDateTime startsAt, OffsetDateTime endsAt, int priority, boolean exclusive,
                 boolean active, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static final String KIND = "PROMOTION";

    Promotion {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        skuIds = skuIds == null ? Set.of() : Set.copyOf(skuIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        storeIds = storeIds == null ? Set.of() : Set.copyOf(storeIds);
    }

    /** Whether it runs for this checkout: active, in its window, in its channels and at its stores. */
    boolean runsFor(Checkout checkout) {
        OffsetDateTime at = checkout.at().atOffset(java.time.ZoneOffset.UTC);
        return active && !at.isBefore(startsAt) && at.isBefore(endsAt)
               && (channels.isEmpty() || channels.contains(checkout.channel()))
               && (storeIds.isEmpty() || checkout.storeId() != null && storeIds.contains(checkout.storeId()));
    }

    /** Whether it covers a line whose SKU falls in {@code categories}. */
    boolean covers(PricedLine line, Set<UUID> categories) {
        if (skuIds.isEmpty() && categoryIds.isEmpty()) {
            return true;
        }
        return skuIds.contains(line.sku().id()) || categories.stream().anyMatch(categoryIds::contains);
    }

    /** Whether it covers only some goods, so that the checkout needs the SKUs' categories. */
    boolean byCategory() {
        return !categoryIds.isEmpty();
    }

    /** The same promotion naming only {@code stores} of its stores (as a reader who sees only those sees it). */
    Promotion atStores(Set<UUID> stores) {
        return new Promotion(id, name, kind, tiers, percentOff, buy, get, skuIds, categoryIds, channels, stores,
                startsAt, endsAt, priority, exclusive, active, version, createdAt, updatedAt);
    }

    Discount.Source source() {
        return new Discount.Source(KIND, id, name);
    }
}

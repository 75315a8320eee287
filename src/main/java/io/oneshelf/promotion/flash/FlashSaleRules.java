package io.oneshelf.promotion.flash;

import io.oneshelf.catalog.Prices;
import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.inventory.Availability;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a flash sale must be before it is kept: a window that ends after it starts, SKUs and stores of the brand,
 * each SKU once, each flash price below the SKU's list price, and each allocation (less what was sold already) not
 * above the SKU's online sellable stock when the sale sells online (a till-only sale sells what the store has; the
 * allocation only caps the flash-price units). A change never drops an item with sales or allocates less than was
 * sold. Each refusal names the field at fault.
 */
@Component
class FlashSaleRules {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final OffsetDateTime LATEST = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    private final SkuCatalog skus;
    private final Prices prices;
    private final Availability stock;
    private final Places places;

    FlashSaleRules(SkuCatalog skus, Prices prices, Availability stock, Places places) {
        this.skus = skus;
        this.prices = prices;
        this.stock = stock;
        this.places = places;
    }

    /** The sale the body describes, checked against what it sold so far ({@code sold}: empty when new). */
    FlashSale sale(UUID brandId, UUID id, FlashSaleViews.Edit b, Map<UUID, FlashItem> sold, int version,
                   OffsetDateTime createdAt) {
        plausible("startsAt", b.startsAt());
        plausible("endsAt", b.endsAt());
        if (!b.endsAt().isAfter(b.startsAt())) {
            throw Rejection.invalid("endsAt", "promotion.ends-before-start");
        }
        if (b.storeIds() != null && !b.storeIds().stream().allMatch(s -> places.find(brandId, s)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isPresent())) {
            throw Rejection.invalid("storeIds", "promotion.store.unknown");
        }
        List<FlashItem> items = items(brandId, b, sold);
        return new FlashSale(id, b.name().strip(), items, b.perCustomer(), b.channels(), b.storeIds(),
                b.startsAt(), b.endsAt(), b.active() == null || b.active(), version, createdAt, createdAt);
    }

    private List<FlashItem> items(UUID brandId, FlashSaleViews.Edit b, Map<UUID, FlashItem> sold) {
        List<UUID> ids = b.items().stream().map(FlashSaleViews.ItemEdit::skuId).toList();
        var known = skus.find(brandId, ids);
        boolean online = b.channels() == null || b.channels().isEmpty() || b.channels().contains(OrderChannel.ONLINE);
        Map<UUID, Long> sellable = online ? stock.onlineSellable(Actor.system(brandId, "promotion"), ids) : Map.of();
        Set<UUID> seen = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        for (int i = 0; i < ids.size(); i++) {
            FlashSaleViews.ItemEdit item = b.items().get(i);
            String at = "items[" + i + "]";
            if (!known.containsKey(item.skuId())) {
                throw Rejection.invalid(at + ".skuId", "promotion.sku.unknown");
            }
            if (!seen.add(item.skuId())) {
                throw Rejection.invalid(at + ".skuId", "promotion.flash.sku-twice");
            }
            long list = prices.resolve(brandId, new Prices.Ask(item.skuId(), null, null, null, now.toInstant()))
                    .orElseThrow(() -> Rejection.invalid(at + ".skuId", "order.sku.no-price",
                            known.get(item.skuId()).code())).priceFen();
            if (item.price() >= list) {
                throw Rejection.invalid(at + ".price", "promotion.flash.price-not-below-list", yuan(list));
            }
            int already = sold.containsKey(item.skuId()) ? sold.get(item.skuId()).sold() : 0;
            if (item.allocation() < already) {
                throw Rejection.invalid(at + ".allocation", "promotion.flash.allocation-below-sold", already);
            }
            long left = sellable.getOrDefault(item.skuId(), 0L);
            if (online && item.allocation() - already > left) {
                throw Rejection.invalid(at + ".allocation", "promotion.flash.allocation-over-stock", left);
            }
        }
        sold.values().stream().filter(i -> i.sold() > 0 && !seen.contains(i.skuId())).findFirst().ifPresent(i -> {
            throw Rejection.invalid("items", "promotion.flash.item-sold", i.sold());
        });
        return b.items().stream().map(i -> new FlashItem(i.skuId(), i.price(), i.allocation(),
                sold.containsKey(i.skuId()) ? sold.get(i.skuId()).sold() : 0)).toList();
    }

    private static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    private static void plausible(String field, OffsetDateTime at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw Rejection.invalid(field, "promotion.date.out-of-range");
        }
    }
}

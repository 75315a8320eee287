package io.oneshelf.order.storefront;

import io.oneshelf.catalog.Prices;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.Shelf;
import io.oneshelf.inventory.Availability;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The shelf as a customer sees it: the catalog's products offered online, each SKU priced by the one price
 * resolution for the online mall (the price the cart and checkout charge for the same SKU and time, 同價), its
 * online stock (同庫存) and the open stores that have it.
 */
@Component
class ShelfReader {

    /** The most stores a product page lists as having it. */
    static final int NEARBY_STORES = 10;
    private static final SalesChannel CHANNEL = OrderChannel.ONLINE.salesChannel();

    private final Shelf shelf;
    private final Prices prices;
    private final Availability availability;
    ShelfReader(Shelf shelf, Prices prices, Availability availability) {
        this.shelf = shelf;
        this.prices = prices;
        this.availability = availability;
    }

    List<ShopViews.Category> categories(UUID brandId) {
        return shelf.categories(brandId).stream()
                .map(c -> new ShopViews.Category(c.id(), c.parentId(), c.name())).toList();
    }

    List<ShopViews.ProductCard> products(UUID brandId, String q, UUID categoryId, UUID after, int limit) {
        List<Shelf.ShelfProduct> found = shelf.products(brandId, CHANNEL, q, categoryId, after, limit);
        List<UUID> skus = found.stream().flatMap(p -> p.skuIds().stream()).toList();
        Map<UUID, Long> stock = skus.isEmpty() ? Map.of()
                : availability.onlineSellable(ShopBrands.reader(brandId), skus);
        Instant now = Instant.now();
        return found.stream().map(p -> {
            Long from = p.skuIds().stream().map(s -> price(brandId, s, now)).flatMap(Optional::stream)
                    .map(Prices.SkuPrice::priceFen).min(Long::compare).orElse(null);
            long online = p.skuIds().stream().mapToLong(s -> stock.getOrDefault(s, 0L)).sum();
            return new ShopViews.ProductCard(p.id(), p.name(), p.unit(), p.imageUrl(), from, online);
        }).toList();
    }

    ShopViews.ProductPage product(UUID brandId, UUID productId, BigDecimal latitude, BigDecimal longitude) {
        Shelf.ShelfProductDetail p = shelf.product(brandId, CHANNEL, productId)
                .orElseThrow(() -> Rejection.notFound("product"));
        List<UUID> skuIds = p.skus().stream().map(Shelf.ShelfSku::id).toList();
        Map<UUID, Long> online = skuIds.isEmpty() ? Map.of()
                : availability.onlineSellable(ShopBrands.reader(brandId), skuIds);
        Instant now = Instant.now();
        List<ShopViews.Sku> skus = p.skus().stream().map(s -> {
            Optional<Prices.SkuPrice> price = price(brandId, s.id(), now);
            return new ShopViews.Sku(s.id(), s.code(), s.name(), s.specs(),
                    price.map(Prices.SkuPrice::priceFen).orElse(null),
                    price.map(x -> x.rule().name()).orElse(null), online.getOrDefault(s.id(), 0L));
        }).toList();
        return new ShopViews.ProductPage(p.id(), p.code(), p.name(), p.unit(), p.description(), p.categoryId(),
                p.specs(), p.imageUrls(), skus, storesWith(brandId, skuIds, latitude, longitude));
    }

    /** Open stores where some of the SKUs are available, nearest first (code order without coordinates). */
    private List<ShopViews.StoreStock> storesWith(UUID brandId, List<UUID> skuIds, BigDecimal latitude,
                                                  BigDecimal longitude) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        List<ShopViews.StoreStock> stores = new ArrayList<>();
        for (var at : availability.atPlaces(ShopBrands.reader(brandId), skuIds, false)) {
            PlaceRef place = at.place();
            if (place.kind() != PlaceRef.Kind.STORE || !place.open()) {
                continue;
            }
            Map<UUID, Long> stock = new LinkedHashMap<>();
            skuIds.forEach(s -> {
                if (at.available(s) > 0) {
                    stock.put(s, at.available(s));
                }
            });
            if (!stock.isEmpty()) {
                stores.add(new ShopViews.StoreStock(ShopViews.Store.of(place, Distance.km(latitude, longitude, place)),
                        stock));
            }
        }
        return stores.stream().sorted(Comparator.comparing((ShopViews.StoreStock s) -> s.store().distanceKm(),
                Comparator.nullsLast(Comparator.naturalOrder()))).limit(NEARBY_STORES).toList();
    }

    /**
     * The brand's open stores that share their stock with online sales, where a customer may pick an order up:
     * nearest first when they say where they are.
     */
    List<ShopViews.Store> stores(UUID brandId, BigDecimal latitude, BigDecimal longitude) {
        return availability.atPlaces(ShopBrands.reader(brandId), List.of(), true).stream()
                .map(Availability.PlaceAvailability::place).filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .map(p -> ShopViews.Store.of(p, Distance.km(latitude, longitude, p)))
                .sorted(Comparator.comparing(ShopViews.Store::distanceKm,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Optional<Prices.SkuPrice> price(UUID brandId, UUID skuId, Instant at) {
        return prices.resolve(brandId, new Prices.Ask(skuId, CHANNEL, null, null, at));
    }
}

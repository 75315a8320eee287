package io.oneshelf.social.share;

import io.oneshelf.catalog.Prices;
import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.Availability;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What every social campaign must be before it is kept, each refusal naming the field at fault: a plausible window
 * that ends after it starts, a SKU of the brand with a list price above the campaign's price, stores of the brand, and
 * an allocation (less what was sold already) not above the SKU's online sellable stock when it sells online.
 */
@Component
public class CampaignChecks {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final OffsetDateTime LATEST = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    private final SkuCatalog skus;
    private final Prices prices;
    private final Availability stock;
    private final Places places;

    CampaignChecks(SkuCatalog skus, Prices prices, Availability stock, Places places) {
        this.skus = skus;
        this.prices = prices;
        this.stock = stock;
        this.places = places;
    }

    public void window(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        plausible("startsAt", startsAt);
        plausible("endsAt", endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw Rejection.invalid("endsAt", "promotion.ends-before-start");
        }
    }

    public void stores(UUID brandId, Set<UUID> storeIds) {
        if (storeIds != null && !storeIds.stream().allMatch(s -> places.find(brandId, s)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isPresent())) {
            throw Rejection.invalid("storeIds", "promotion.store.unknown");
        }
    }

    /** The brand's SKU, refused on {@code skuId} when unknown. */
    public SkuRef sku(UUID brandId, UUID skuId) {
        SkuRef sku = skus.find(brandId, List.of(skuId)).get(skuId);
        if (sku == null) {
            throw Rejection.invalid("skuId", "promotion.sku.unknown");
        }
        return sku;
    }

    /** The SKU's list price now (its book price for no store and no tier); empty when it has none. */
    public Optional<Long> listPrice(UUID brandId, UUID skuId) {
        return prices.resolve(brandId, new Prices.Ask(skuId, null, null, null, Instant.now()))
                .map(Prices.SkuPrice::priceFen);
    }

    /** Refuses {@code price} (on {@code field}) unless it is below the SKU's list price. */
    public void belowList(UUID brandId, SkuRef sku, String field, long price) {
        long list = listPrice(brandId, sku.id())
                .orElseThrow(() -> Rejection.invalid("skuId", "order.sku.no-price", sku.code()));
        if (price >= list) {
            throw Rejection.invalid(field, "promotion.flash.price-not-below-list",
                    String.format("%d.%02d", list / 100, list % 100));
        }
    }

    /** Refuses an allocation whose unsold units exceed the SKU's online sellable stock (when it sells online). */
    public void allocation(UUID brandId, UUID skuId, int allocation, int sold, boolean online) {
        if (allocation < sold) {
            throw Rejection.invalid("allocation", "promotion.flash.allocation-below-sold", sold);
        }
        if (online) {
            long left = stock.onlineSellable(Actor.system(brandId, "social"), List.of(skuId))
                    .getOrDefault(skuId, 0L);
            if (allocation - sold > left) {
                throw Rejection.invalid("allocation", "promotion.flash.allocation-over-stock", left);
            }
        }
    }

    private static void plausible(String field, OffsetDateTime at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw Rejection.invalid(field, "promotion.date.out-of-range");
        }
    }
}

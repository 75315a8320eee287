package io.oneshelf.inventory;

import io.oneshelf.platform.security.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What can be sold, for storefronts and orders: available = on hand - held - safety stock, never below zero.
 * Figures are brand-wide (the caller's brand); scope does not narrow them, since a customer buys from the
 * brand, not from the caller's stores.
 */
public interface Availability {

    /**
     * Online sellable quantity per SKU: available summed over the open stores and warehouses shared with online
     * (同庫存). Every SKU asked for is in the answer, 0 when it has no such stock or is not the brand's.
     */
    Map<UUID, Long> onlineSellable(Actor by, Collection<UUID> skuIds);

    /** Available of one SKU at every open store, in store code order (0 where a store has none). */
    List<PlaceStock> perStore(Actor by, UUID skuId);

    /**
     * Open stores that have at least {@code quantity} of the SKU available, nearest first. Places carry no
     * coordinates yet, so distance cannot be measured: "nearest" is the store {@code nearPlaceId} itself, then
     * the stores of its region, then the others, each group in store code order. {@code nearPlaceId} may be
     * {@code null} (code order only).
     */
    List<PlaceStock> nearbyStores(Actor by, UUID skuId, long quantity, UUID nearPlaceId);

    /** Available of one SKU at one place. */
    record PlaceStock(UUID placeId, String code, String name, UUID regionId, long available) {
    }
}

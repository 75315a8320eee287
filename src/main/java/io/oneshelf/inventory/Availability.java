package io.oneshelf.inventory;

import io.oneshelf.org.PlaceRef;
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

    /**
     * The stock of the SKUs at every open store and warehouse of the brand, in place code order, for order
     * routing: with {@code onlineOnly} only the places whose stock is shared with online, else every open place
     * (a till sells from its own store whatever the setting). Every open place is in the answer, with no entry for
     * a SKU it has no balance of. One query of the stock, whatever the number of places and SKUs.
     */
    List<PlaceAvailability> atPlaces(Actor by, Collection<UUID> skuIds, boolean onlineOnly);

    /** Available of one SKU at one place. */
    record PlaceStock(UUID placeId, String code, String name, UUID regionId, long available) {
    }

    /**
     * Stock of some SKUs at one open place.
     *
     * @param place            the store or warehouse, with its owner ({@link PlaceRef#franchiseeId()}) and coordinates
     * @param sharedWithOnline whether online sales may draw on the place's stock (its stock location setting)
     * @param stock            per SKU asked for that has a balance here
     */
    record PlaceAvailability(PlaceRef place, boolean sharedWithOnline, Map<UUID, SkuStock> stock) {

        public PlaceAvailability {
            stock = Map.copyOf(stock);
        }

        /** What online sales may take: on hand - held - safety stock, never below zero; 0 without a balance. */
        public long available(UUID skuId) {
            SkuStock s = stock.get(skuId);
            return s == null ? 0 : s.available();
        }

        /** What a sale at the place itself may take (safety stock is kept for it): on hand - held; 0 without one. */
        public long unheld(UUID skuId) {
            SkuStock s = stock.get(skuId);
            return s == null ? 0 : s.unheld();
        }
    }

    /** One balance: on hand, held by reservations and kept back as safety stock. */
    record SkuStock(long onHand, long held, long safetyStock) {

        public long available() {
            return Math.max(0, onHand - held - safetyStock);
        }

        public long unheld() {
            return Math.max(0, onHand - held);
        }
    }
}

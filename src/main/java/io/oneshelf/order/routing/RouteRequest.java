package io.oneshelf.order.routing;

import java.util.List;
import java.util.UUID;

/**
 * An order to route.
 *
 * @param brandId     the brand (tenant) whose places and stock serve it
 * @param storeId     the pickup store (PICKUP) or the till's store (IN_STORE); null otherwise
 * @param destination the delivery address (EXPRESS, SAME_CITY); may be null for PICKUP and IN_STORE, and then the
 *                    plan tells no distances
 * @param soldAlready an IN_STORE sale recorded offline by a till: routed to its store even beyond its stock
 */
public record RouteRequest(UUID brandId, Fulfilment fulfilment, List<RouteLine> lines, UUID storeId,
                           Destination destination, java.util.Set<UUID> madeToOrder, boolean soldAlready) {

    public RouteRequest {
        madeToOrder = madeToOrder == null ? java.util.Set.of() : java.util.Set.copyOf(madeToOrder);
    }

    /**
     * A request of goods to be sold now. {@code soldAlready}: an IN_STORE sale the till made offline, which has
     * happened whatever the books say: planned at its store without a shortage check.
     */
    public RouteRequest(UUID brandId, Fulfilment fulfilment, List<RouteLine> lines, UUID storeId,
                        Destination destination, java.util.Set<UUID> madeToOrder) {
        this(brandId, fulfilment, lines, storeId, destination, madeToOrder, false);
    }

    /** A request of goods in stock only. */
    public RouteRequest(UUID brandId, Fulfilment fulfilment, List<RouteLine> lines, UUID storeId,
                        Destination destination) {
        this(brandId, fulfilment, lines, storeId, destination, java.util.Set.of());
    }
}

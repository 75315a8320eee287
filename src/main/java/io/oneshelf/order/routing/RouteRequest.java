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
 */
public record RouteRequest(UUID brandId, Fulfilment fulfilment, List<RouteLine> lines, UUID storeId,
                           Destination destination, java.util.Set<UUID> madeToOrder) {

    public RouteRequest {
        madeToOrder = madeToOrder == null ? java.util.Set.of() : java.util.Set.copyOf(madeToOrder);
    }

    /** A request of goods in stock only. */
    public RouteRequest(UUID brandId, Fulfilment fulfilment, List<RouteLine> lines, UUID storeId,
                        Destination destination) {
        this(brandId, fulfilment, lines, storeId, destination, java.util.Set.of());
    }
}

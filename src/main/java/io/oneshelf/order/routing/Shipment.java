package io.oneshelf.order.routing;

import io.oneshelf.org.PlaceRef;
import java.util.List;
import java.util.UUID;

/**
 * One place of a plan and what it gives. A line too large for any single place is split across shipments, each
 * carrying part of its quantity under the same index.
 *
 * @param ownerFranchiseeId whose stock it draws on: the franchisee that runs the place, or null for the brand
 * @param distanceKm        from the place to the destination, great-circle, in km to the metre; null when unknown
 * @param lines             in line order
 */
public record Shipment(UUID placeId, String placeCode, String placeName, PlaceRef.Kind kind, UUID ownerFranchiseeId,
                       Double distanceKm, List<RouteLine> lines) {

    public Shipment {
        lines = List.copyOf(lines);
    }
}

package io.oneshelf.order.routing;

import io.oneshelf.org.PlaceRef;
import java.util.List;
import java.util.UUID;

public record Shipment(UUID placeId, String placeCode, String placeName, PlaceRef.Kind kind, UUID ownerFranchiseeId,
                       Double distanceKm, List<RouteLine> lines) {
}

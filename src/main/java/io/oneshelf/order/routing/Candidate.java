package io.oneshelf.order.routing;

import io.oneshelf.org.PlaceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A place routing may draw on: what it may give of each SKU asked for (after the franchise rule), and how far it
 * is from the destination.
 *
 * @param distanceKm null when unknown
 * @param limit      why it gives less than it has, if it does
 */
record Candidate(PlaceRef place, Double distanceKm, Map<UUID, Long> usable, Limit limit) {

    /** The franchise rule's effect on a franchised place's stock. */
    enum Limit {
        /** It gives all it has available. */
        NONE,
        /** It had stock, but the brand's rule keeps online orders off franchisees' stock. */
        NEVER,
        /** It had stock, but only what lies above the brand's buffer may be drawn on. */
        BUFFER
    }

    Candidate {
        usable = Map.copyOf(usable);
    }

    long usable(UUID skuId) {
        return usable.getOrDefault(skuId, 0L);
    }

    /** Whether it can give every line in full; two lines of one SKU take from the same stock. */
    boolean coversAll(List<RouteLine> lines) {
        Map<UUID, Long> needed = new HashMap<>();
        lines.forEach(l -> needed.merge(l.skuId(), l.quantity(), Long::sum));
        return needed.entrySet().stream().allMatch(e -> usable(e.getKey()) >= e.getValue());
    }

    String code() {
        return place.code();
    }

    boolean store() {
        return place.kind() == PlaceRef.Kind.STORE;
    }

    Shipment ship(List<RouteLine> lines) {
        return new Shipment(place.id(), place.code(), place.name(), place.kind(), place.franchiseeId(), distanceKm,
                lines);
    }
}

package io.oneshelf.order.routing;

import io.oneshelf.inventory.Availability.PlaceAvailability;
import io.oneshelf.order.routing.Candidate.Limit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the stock at places into candidates: the franchise rule applied, the distance measured. */
final class Candidates {

    private Candidates() {
    }

    /**
     * For online orders: a brand-run place gives what it has available (on hand - held - safety stock); a
     * franchised one what the brand's franchise rule allows of it.
     */
    static List<Candidate> online(List<PlaceAvailability> places, Collection<UUID> skus, RoutingRule rule,
                                  Destination destination) {
        return places.stream().map(p -> online(p, skus, rule, destination)).toList();
    }

    static Candidate online(PlaceAvailability at, Collection<UUID> skus, RoutingRule rule, Destination destination) {
        Map<UUID, Long> usable = new HashMap<>();
        boolean limited = false;
        for (UUID sku : skus) {
            long available = at.available(sku);
            long allowed = at.place().franchised() ? rule.franchiseUsable(available) : available;
            usable.put(sku, allowed);
            limited |= allowed < available;
        }
        Limit limit = !limited ? Limit.NONE
                : rule.franchiseStock() == FranchiseStockRule.NEVER ? Limit.NEVER : Limit.BUFFER;
        return new Candidate(at.place(), GreatCircle.between(at.place(), destination), usable, limit);
    }

    /** For a till sale: the store's own stock that is not held, safety stock included, whoever owns it. */
    static Candidate till(PlaceAvailability at, Collection<UUID> skus, Destination destination) {
        Map<UUID, Long> usable = new HashMap<>();
        skus.forEach(sku -> usable.put(sku, at.unheld(sku)));
        return new Candidate(at.place(), GreatCircle.between(at.place(), destination), usable, Limit.NONE);
    }
}

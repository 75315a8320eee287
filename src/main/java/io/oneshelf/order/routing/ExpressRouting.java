package io.oneshelf.order.routing;

import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPRESS: one parcel from the first place, in the brand's preference order, that has every line; else the order
 * split into as few parcels as {@link Split} finds.
 */
final class ExpressRouting {

    private ExpressRouting() {
    }

    static RoutingPlan plan(List<RouteLine> lines, List<Candidate> places, RoutingRule rule) {
        List<Candidate> ordered = places.stream().sorted(PreferenceOrder.of(rule.preference())).toList();
        List<Message> why = new ArrayList<>(List.of(Reasons.preference(rule.preference())));
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            if (c.coversAll(lines)) {
                why.addAll(Reasons.passedOver(ordered.subList(0, i), rule));
                why.add(Reasons.shipsFrom(c));
                return Plans.of(Fulfilment.EXPRESS, List.of(c.ship(lines)), why);
            }
        }
        Shortage.check(lines, ordered, "order.routing.short");
        List<Shipment> shipments = Split.of(lines, ordered);
        why.add(Reasons.split(shipments.size()));
        for (int i = 0; i < shipments.size(); i++) {
            why.add(Reasons.parcel(i + 1, shipments.get(i), lines));
        }
        List<Candidate> limitedUnused = ordered.stream().filter(c -> c.limit() != Candidate.Limit.NONE)
                .filter(c -> shipments.stream().noneMatch(s -> s.placeId().equals(c.place().id()))).toList();
        why.addAll(Reasons.passedOver(limitedUnused, rule));
        return Plans.of(Fulfilment.EXPRESS, shipments, why);
    }
}

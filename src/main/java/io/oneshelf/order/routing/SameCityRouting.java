package io.oneshelf.order.routing;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * SAME_CITY (O2O): the nearest store within the brand's maximum distance that has every line, never a split. No
 * store in reach is invalid on {@code addressId}; a line the stores in reach lack together is out of stock on
 * its quantity; lines each in stock somewhere but in no one store together are out of stock on {@code addressId}.
 */
final class SameCityRouting {

    private SameCityRouting() {
    }

    static RoutingPlan plan(List<RouteLine> lines, List<Candidate> places, RoutingRule rule) {
        double maxKm = rule.sameCityMaxKm().doubleValue();
        String km = rule.sameCityMaxKm().toPlainString();
        List<Candidate> inReach = places.stream().filter(Candidate::store)
                .filter(c -> c.distanceKm() != null && c.distanceKm() <= maxKm)
                .sorted(PreferenceOrder.nearest()).toList();
        if (inReach.isEmpty()) {
            throw Rejection.invalid("addressId", "order.routing.same-city.none", km);
        }
        List<Message> why = new ArrayList<>(List.of(Message.of("order.routing.rule.same-city", km)));
        for (int i = 0; i < inReach.size(); i++) {
            Candidate c = inReach.get(i);
            if (c.coversAll(lines)) {
                why.addAll(Reasons.passedOver(inReach.subList(0, i), rule));
                why.add(Message.of("order.routing.same-city", c.place().name(), Reasons.km(c.distanceKm())));
                return Plans.of(Fulfilment.SAME_CITY, List.of(c.ship(lines)), why);
            }
        }
        Shortage.check(lines, inReach, "order.routing.same-city.short", km);
        Message none = Message.of("order.routing.same-city.no-single", km);
        throw new Rejection(Rejection.Kind.OUT_OF_STOCK, none, List.of(new Rejection.Fault("addressId", none)));
    }
}

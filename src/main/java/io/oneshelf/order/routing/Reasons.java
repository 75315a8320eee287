package io.oneshelf.order.routing;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences that explain a plan, as message codes of the bundles. */
final class Reasons {

    /** At most this many places are named as passed over; the rest are counted. */
    static final int NAMED_PASSED_OVER = 3;

    private Reasons() {
    }

    static Message kind(PlaceRef.Kind kind) {
        return Message.of(kind == PlaceRef.Kind.STORE ? "order.routing.place.store" : "order.routing.place.warehouse");
    }

    /** A distance as people read it: km with one decimal, the same in every language. */
    static String km(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }

    static Message preference(RoutingPreference preference) {
        return Message.of(preference == RoutingPreference.PREFER_STORES ? "order.routing.rule.prefer-stores"
                : "order.routing.rule.prefer-warehouse");
    }

    /** "Ships from warehouse X (12.3 km): every item in stock". */
    static Message shipsFrom(Candidate c) {
        return c.distanceKm() == null
                ? Message.of("order.routing.ships-from", kind(c.place().kind()), c.place().name())
                : Message.of("order.routing.ships-from.distance", kind(c.place().kind()), c.place().name(),
                        km(c.distanceKm()));
    }

    /** Why a place tried before the chosen one was passed over. */
    static Message passedOver(Candidate c, RoutingRule rule) {
        return switch (c.limit()) {
            case NEVER -> Message.of("order.routing.franchise.never", c.place().name());
            case BUFFER -> Message.of("order.routing.franchise.buffer", c.place().name(), rule.franchiseBuffer());
            case NONE -> c.distanceKm() == null
                    ? Message.of("order.routing.lacks", kind(c.place().kind()), c.place().name())
                    : Message.of("order.routing.lacks.distance", kind(c.place().kind()), c.place().name(),
                            km(c.distanceKm()));
        };
    }

    /** The first few places passed over, each with its reason, and how many more there were. */
    static List<Message> passedOver(List<Candidate> places, RoutingRule rule) {
        List<Message> reasons = new ArrayList<>();
        places.stream().limit(NAMED_PASSED_OVER).forEach(c -> reasons.add(passedOver(c, rule)));
        if (places.size() > NAMED_PASSED_OVER) {
            reasons.add(Message.of("order.routing.passed-over.more", places.size() - NAMED_PASSED_OVER));
        }
        return reasons;
    }

    /** Said of each shipment that draws on a franchisee's stock: the settlement between owners follows from it. */
    static Message franchiseDrawn(Shipment s) {
        return Message.of("order.routing.franchise.drawn", s.placeName());
    }

    static Message split(int shipments) {
        return Message.of("order.routing.split", shipments);
    }

    /** "Parcel 2 from store X: lines 1, 3 (2/5)" (line numbers from 1; a part of a line as part/whole). */
    static Message parcel(int number, Shipment s, List<RouteLine> ordered) {
        String lines = s.lines().stream().map(l -> {
            long whole = ordered.stream().filter(o -> o.index() == l.index()).mapToLong(RouteLine::quantity).sum();
            return (l.index() + 1) + (l.quantity() == whole ? "" : " (" + l.quantity() + "/" + whole + ")");
        }).collect(Collectors.joining(", "));
        return Message.of("order.routing.parcel", number, kind(s.kind()), s.placeName(), lines);
    }
}

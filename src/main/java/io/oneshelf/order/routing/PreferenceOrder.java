package io.oneshelf.order.routing;

import java.util.Comparator;

/**
 * The order in which places are tried: by kind as the brand prefers, then nearest first (unknown distances
 * last), then by place code, so that equal places are always taken in the same order.
 */
final class PreferenceOrder {

    private static final Comparator<Candidate> NEAREST_THEN_CODE = Comparator
            .comparing(Candidate::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::code);

    private PreferenceOrder() {
    }

    static Comparator<Candidate> of(RoutingPreference preference) {
        Comparator<Candidate> kind = Comparator.comparingInt(c -> rank(c, preference));
        return kind.thenComparing(NEAREST_THEN_CODE);
    }

    /** 0 for the kind the brand prefers, 1 for the other. */
    private static int rank(Candidate c, RoutingPreference preference) {
        boolean preferred = preference == RoutingPreference.PREFER_STORES ? c.store() : !c.store();
        return preferred ? 0 : 1;
    }

    /** Nearest first, then by code: for same-city delivery. */
    static Comparator<Candidate> nearest() {
        return NEAREST_THEN_CODE;
    }
}

package io.oneshelf.fulfillment.intake;

import java.util.Set;

/** The order fulfilments that make work for a place: delivery by a carrier or a courier, and pickup at a store. */
final class Fulfilments {

    static final String PICKUP = "PICKUP";
    static final Set<String> WORKED = Set.of("EXPRESS", "SAME_CITY", PICKUP);

    private Fulfilments() {
    }
}

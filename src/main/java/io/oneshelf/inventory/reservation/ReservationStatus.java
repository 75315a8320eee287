package io.oneshelf.inventory.reservation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The life of a reservation. This map is the one place that lists the allowed transitions. */
enum ReservationStatus {
    HELD, CONFIRMED, RELEASED, EXPIRED;

    private static final Map<ReservationStatus, Set<ReservationStatus>> NEXT = Map.of(
            HELD, EnumSet.of(CONFIRMED, RELEASED, EXPIRED),
            CONFIRMED, EnumSet.noneOf(ReservationStatus.class),
            RELEASED, EnumSet.noneOf(ReservationStatus.class),
            EXPIRED, EnumSet.noneOf(ReservationStatus.class));

    boolean mayBecome(ReservationStatus next) {
        return NEXT.get(this).contains(next);
    }
}

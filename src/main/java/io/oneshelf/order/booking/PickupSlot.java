package io.oneshelf.order.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A store's bookable pickup slot: a time of day, how many orders it takes per day, and the days of the week it is
 * open (a bit per ISO day, Monday first).
 */
public record PickupSlot(UUID id, UUID storeId, LocalTime startsAt, LocalTime endsAt, int capacity,
                         Set<DayOfWeek> days, boolean active, int version) {

    public boolean opensOn(DayOfWeek day) {
        return active && days.contains(day);
    }

    static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= 1 << (d.getValue() - 1);
        }
        return mask;
    }

    static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((mask & (1 << (d.getValue() - 1))) != 0) {
                days.add(d);
            }
        }
        return days;
    }
}

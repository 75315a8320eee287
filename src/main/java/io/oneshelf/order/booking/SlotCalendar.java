package io.oneshelf.order.booking;

import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A store's slots over a range of dates, with the places left on each and whether one can book it now. */
@Component
class SlotCalendar {

    /** The longest range one asks for. */
    static final int MAX_DAYS = 31;

    private final PickupSlots slots;
    private final MadeToOrderStore settings;
    private final Brands brands;

    SlotCalendar(PickupSlots slots, MadeToOrderStore settings, Brands brands) {
        this.slots = slots;
        this.settings = settings;
        this.brands = brands;
    }

    /**
     * Every active slot of the store on each day from {@code from} to {@code to} that it opens, with the places
     * left; bookable when places are left and it starts no earlier than now plus the longest lead time of
     * {@code skuIds} (made-to-order ones; none: now).
     */
    List<BookingViews.SlotDay> days(UUID brandId, UUID storeId, LocalDate from, LocalDate to,
                                    Collection<UUID> skuIds) {
        if (from == null) {
            throw Rejection.invalid("from", "validation.required");
        }
        LocalDate last = to == null ? from.plusDays(6) : to;
        if (last.isBefore(from)) {
            throw Rejection.invalid("to", "order.booking.range.order");
        }
        if (ChronoUnit.DAYS.between(from, last) >= MAX_DAYS) {
            throw Rejection.invalid("to", "order.booking.range.long", MAX_DAYS);
        }
        int lead = settings.madeToOrder(brandId, skuIds == null ? List.of() : skuIds).values().stream()
                .mapToInt(Integer::intValue).max().orElse(0);
        ZoneId zone = brands.zoneOf(brandId);
        ZonedDateTime earliest = ZonedDateTime.now(zone).plusHours(lead);
        List<PickupSlot> open = slots.ofStore(brandId, storeId).stream().filter(PickupSlot::active).toList();
        Map<String, Integer> booked = slots.booked(brandId, storeId, from, last);
        List<BookingViews.SlotDay> out = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            for (PickupSlot s : open) {
                if (!s.opensOn(day.getDayOfWeek())) {
                    continue;
                }
                int remaining = Math.max(0, s.capacity() - booked.getOrDefault(PickupSlots.key(s.id(), day), 0));
                boolean inTime = !day.atTime(s.startsAt()).atZone(zone).isBefore(earliest);
                out.add(new BookingViews.SlotDay(s.id(), day, s.startsAt(), s.endsAt(), s.capacity(), remaining,
                        remaining > 0 && inTime));
            }
        }
        return out;
    }
}

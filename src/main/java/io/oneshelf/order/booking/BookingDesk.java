package io.oneshelf.order.booking;

import io.oneshelf.order.BookingReleased;
import io.oneshelf.order.OrderBooked;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bookings of pickup slots at checkout (decision 0035), for the order's own code: which lines of an order are made
 * to order, whether the slot it names may be booked (refused on {@code pickupSlot.*}), taking and freeing its place,
 * and the booking as the order shows it. A made-to-order line holds no stock until it is made.
 */
@Component
public class BookingDesk {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What a checked order books: its slot on a date, and its made-to-order lines by index and by SKU. */
    public record Plan(PickupSlot slot, LocalDate date, List<Integer> madeLines, Set<UUID> madeSkus) {
    }

    private final MadeToOrderStore settings;
    private final PickupSlots slots;
    private final Brands brands;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BookingDesk(MadeToOrderStore settings, PickupSlots slots, Brands brands, JdbcClient jdbc,
                ApplicationEventPublisher events) {
        this.settings = settings;
        this.slots = slots;
        this.brands = brands;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The order's booking, if it has made-to-order lines: they sell only as a PICKUP of the storefront or a guide,
     * which must name a slot of its store on a day the slot opens, not past and not earlier than now plus the
     * longest lead time of those lines, and not full (409). An order of no such lines names no slot.
     */
    public Optional<Plan> check(PlaceOrder c, List<PricedLine> lines) {
        return check(c, lines, false);
    }

    /**
     * As {@link #check(PlaceOrder, List)}; a quote ({@code quoting}) may leave the slot out while the customer has
     * not chosen one yet: its plan has no slot then.
     */
    public Optional<Plan> check(PlaceOrder c, List<PricedLine> lines, boolean quoting) {
        Map<UUID, Integer> lead = settings.madeToOrder(c.brandId(),
                lines.stream().map(l -> l.sku().id()).collect(Collectors.toSet()));
        if (lead.isEmpty()) {
            if (c.pickupSlot() != null) {
                throw Rejection.invalid("pickupSlot", "order.booking.not-needed");
            }
            return Optional.empty();
        }
        List<Integer> made = new ArrayList<>();
        int longest = 0;
        for (PricedLine l : lines) {
            Integer hours = lead.get(l.sku().id());
            if (hours == null) {
                continue;
            }
            if (c.fulfilment() != Fulfilment.PICKUP || c.channel() == OrderChannel.POS) {
                throw new LineRejected(l.index(), Rejection.invalid("skuId", "order.booking.pickup-only",
                        l.sku().code()));
            }
            made.add(l.index());
            longest = Math.max(longest, hours);
        }
        PlaceOrder.PickupSlot asked = c.pickupSlot();
        if (asked == null && quoting) {
            return Optional.of(new Plan(null, null, List.copyOf(made), Set.copyOf(lead.keySet())));
        }
        if (asked == null) {
            throw Rejection.invalid("pickupSlot", "order.booking.slot.required");
        }
        if (asked.date() == null) {
            throw Rejection.invalid("pickupSlot.date", "validation.required");
        }
        if (asked.slotId() == null) {
            throw Rejection.invalid("pickupSlot.slotId", "validation.required");
        }
        PickupSlot slot = slots.find(c.brandId(), asked.slotId())
                .orElseThrow(() -> Rejection.invalid("pickupSlot.slotId", "order.booking.slot.unknown"));
        if (!slot.storeId().equals(c.storeId())) {
            throw Rejection.invalid("pickupSlot.slotId", "order.booking.slot.other-store");
        }
        if (!slot.opensOn(asked.date().getDayOfWeek())) {
            throw Rejection.invalid("pickupSlot.date", "order.booking.slot.closed-day", asked.date().toString());
        }
        ZoneId zone = brands.zoneOf(c.brandId());
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime starts = asked.date().atTime(slot.startsAt()).atZone(zone);
        if (starts.isBefore(now)) {
            throw Rejection.invalid("pickupSlot.date", "order.booking.slot.past");
        }
        ZonedDateTime earliest = now.plusHours(longest);
        if (starts.isBefore(earliest)) {
            throw Rejection.invalid("pickupSlot.date", "order.booking.slot.lead-time", longest,
                    earliest.format(WHEN));
        }
        if (slots.booked(slot.id(), asked.date()) >= slot.capacity()) {
            throw full(slot);
        }
        return Optional.of(new Plan(slot, asked.date(), List.copyOf(made), Set.copyOf(lead.keySet())));
    }

    /**
     * Takes the order's place in its slot and records the booking, within the caller's transaction (the one that
     * records the order); 409 on {@code pickupSlot.slotId} when the last place went meanwhile.
     */
    public void book(UUID brandId, UUID orderId, String number, UUID storeId, Plan plan) {
        PickupSlot slot = slots.find(brandId, plan.slot().id()).orElseThrow(() ->
                Rejection.invalid("pickupSlot.slotId", "order.booking.slot.unknown"));
        if (!slots.take(brandId, slot.id(), plan.date(), slot.capacity())) {
            throw full(slot);
        }
        jdbc.sql("""
                insert into order_booking(order_id, tenant_id, order_number, store_id, slot_id, day, starts_at, ends_at,
                                          made_lines, status, created_at, updated_at)
                values (:o, :t, :n, :store, :slot, :day, :starts, :ends, cast(:lines as int[]), 'BOOKED', now(),
                        now())""")
                .param("o", orderId).param("t", brandId).param("n", number).param("store", storeId)
                .param("slot", slot.id()).param("day", plan.date()).param("starts", slot.startsAt())
                .param("ends", slot.endsAt()).param("lines", plan.madeLines().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}"))).update();
        events.publishEvent(new OrderBooked(brandId, orderId, number, storeId, slot.id(), plan.date(),
                slot.startsAt(), slot.endsAt(), plan.madeLines()));
    }

    /** Frees the place of an order cancelled before it was made, within the caller's transaction; else nothing. */
    public void release(UUID brandId, UUID orderId) {
        List<Object[]> freed = jdbc.sql("""
                update order_booking set status = 'RELEASED', updated_at = now()
                where tenant_id = :t and order_id = :o and status = 'BOOKED'
                returning order_number, store_id, slot_id, day""")
                .param("t", brandId).param("o", orderId)
                .query((rs, n) -> new Object[] {rs.getString("order_number"), rs.getObject("store_id", UUID.class),
                        rs.getObject("slot_id", UUID.class), rs.getObject("day", LocalDate.class)}).list();
        for (Object[] f : freed) {
            slots.free(brandId, (UUID) f[2], (LocalDate) f[3]);
            events.publishEvent(new BookingReleased(brandId, orderId, (String) f[0], (UUID) f[1], (UUID) f[2],
                    (LocalDate) f[3]));
        }
    }

    /** The lines of the order that hold no stock: its made-to-order lines until they are made. */
    public Set<Integer> unmadeLines(UUID brandId, UUID orderId) {
        return of(brandId, orderId).filter(b -> !"MADE".equals(b.status()))
                .map(b -> Set.copyOf(b.madeLines())).orElse(Set.of());
    }

    /** The order's booking, if it booked a slot. */
    public Optional<OrderView.Booking> of(UUID brandId, UUID orderId) {
        return jdbc.sql("select * from order_booking where tenant_id = :t and order_id = :o")
                .param("t", brandId).param("o", orderId).query(BookingDesk::booking).optional();
    }

    /** The bookings of a page of orders, by order id; orders without one are left out. */
    public Map<UUID, OrderView.Booking> of(UUID brandId, Collection<UUID> orderIds) {
        Map<UUID, OrderView.Booking> out = new HashMap<>();
        if (orderIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from order_booking where tenant_id = :t and order_id in (:o)")
                .param("t", brandId).param("o", orderIds)
                .query(rs -> {
                    out.put(rs.getObject("order_id", UUID.class), booking(rs, 0));
                });
        return out;
    }

    /** Records the booking MADE, if it is still BOOKED; false otherwise. */
    boolean markMade(UUID brandId, UUID orderId, UUID staffId) {
        return jdbc.sql("""
                update order_booking set status = 'MADE', made_at = now(), made_by = :by, updated_at = now()
                where tenant_id = :t and order_id = :o and status = 'BOOKED'""")
                .param("t", brandId).param("o", orderId).param("by", staffId).update() == 1;
    }

    /** The ids of the orders booked at the store on the day and not released, earliest slot first. */
    List<UUID> bookedAt(UUID brandId, UUID storeId, LocalDate day) {
        return jdbc.sql("""
                select order_id from order_booking
                where tenant_id = :t and store_id = :s and day = :d and status <> 'RELEASED'
                order by starts_at, order_number""")
                .param("t", brandId).param("s", storeId).param("d", day).query(UUID.class).list();
    }

    private static Rejection full(PickupSlot slot) {
        return Rejection.conflict("pickupSlot.slotId", "order.booking.slot.full", slot.startsAt().toString(),
                slot.endsAt().toString());
    }

    private static OrderView.Booking booking(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("made_lines");
        List<Integer> lines = Arrays.stream((Integer[]) array.getArray()).toList();
        return new OrderView.Booking(rs.getObject("day", LocalDate.class), rs.getObject("slot_id", UUID.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), lines,
                rs.getString("status"), rs.getObject("made_at", OffsetDateTime.class));
    }
}

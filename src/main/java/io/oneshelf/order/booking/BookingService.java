package io.oneshelf.order.booking;

import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.Sale;
import io.oneshelf.inventory.StockPostings;
import io.oneshelf.order.Bookings;
import io.oneshelf.order.OrderMade;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store's side of bookings ({@link Bookings}): the orders booked for a day, and marking an order made — its
 * made-to-order lines are received as production at the order's store and sold at once, in one posting, so the
 * stock ledger shows the cake being made and leaving.
 */
@Service
class BookingService implements Bookings {

    /** An order is made once paid and its store has taken it on (its pickup task is open), before it is ready. */
    private static final Set<OrderStatus> TO_MAKE = EnumSet.of(OrderStatus.FULFILLING);

    private final BookingDesk desk;
    private final Orders orders;
    private final StockPostings postings;
    private final Places places;
    private final ApplicationEventPublisher events;

    BookingService(BookingDesk desk, Orders orders, StockPostings postings, Places places,
                   ApplicationEventPublisher events) {
        this.desk = desk;
        this.orders = orders;
        this.postings = postings;
        this.places = places;
        this.events = events;
    }

    @Override
    public List<OrderView> booked(UUID brandId, UUID storeId, LocalDate date) {
        return desk.bookedAt(brandId, storeId, date).stream()
                .map(id -> orders.find(brandId, id).orElse(null)).filter(o -> o != null).toList();
    }

    @Override
    @Transactional
    public OrderView made(Actor actor, UUID orderId) {
        UUID brandId = actor.tenantId();
        OrderView order = orders.find(brandId, orderId)
                .filter(o -> actor.brandWide() || places.scopeContains(brandId, actor.scopeType(), actor.scopeId(),
                        o.storeId()))
                .orElseThrow(() -> Rejection.notFound("order"));
        OrderView.Booking booking = order.booking();
        if (booking == null) {
            throw Rejection.conflict("status", "order.booking.none", order.number());
        }
        if ("MADE".equals(booking.status())) {
            return order;
        }
        if ("RELEASED".equals(booking.status()) || !TO_MAKE.contains(order.status())) {
            throw Rejection.conflict("status", "order.booking.not-to-make", order.number(), order.status().name());
        }
        if (!desk.markMade(brandId, orderId, actor.id())) {
            return orders.find(brandId, orderId).orElseThrow();
        }
        List<HoldLine> made = order.lines().stream().filter(l -> booking.madeLines().contains(l.index()))
                .map(l -> new HoldLine(l.skuId(), l.placeId(), l.quantity())).toList();
        postings.postProduction(new Sale(Actor.system(brandId, "order"), "made:order:" + orderId,
                new HoldLines(made)));
        events.publishEvent(new OrderMade(brandId, orderId, order.number(), order.storeId(), booking.slotId(),
                booking.date(), booking.madeLines(), actor.id()));
        return orders.find(brandId, orderId).orElseThrow();
    }
}

package io.oneshelf.order.sale;

import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.StockPostings;
import io.oneshelf.inventory.StockReturn;
import io.oneshelf.order.DecideReturn;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.payment.PaymentSummary;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns of order lines through any channel: a customer asks, or staff take goods back at any store's counter
 * (bought online, returned in a store). Completing one refunds the lines' paid amounts to the order's tenders
 * (newest tender first, by the payment module), restocks the goods where they came back or writes them off, and
 * publishes {@link OrderReturned}; an order with nothing left becomes {@link OrderStatus#REFUNDED}.
 */
@Component
class Returns {

    private final OrderRepository orders;
    private final ReturnBook book;
    private final Payments payments;
    private final StockPostings postings;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final io.oneshelf.order.booking.BookingDesk bookings;

    Returns(OrderRepository orders, ReturnBook book, Payments payments, StockPostings postings, Places places,
            ApplicationEventPublisher events, io.oneshelf.order.booking.BookingDesk bookings) {
        this.bookings = bookings;
        this.orders = orders;
        this.book = book;
        this.payments = payments;
        this.postings = postings;
        this.places = places;
        this.events = events;
    }

    @Transactional
    OrderReturn open(ReturnLines c) {
        if (c.key() != null) {
            var earlier = book.byKey(c.brandId(), c.key());
            if (earlier.isPresent()) {
                return find(c.brandId(), c.orderId(), earlier.get());
            }
        }
        Order order = orders.lock(c.brandId(), c.orderId())
                .filter(o -> c.staff() != null || (c.customerId() != null && c.customerId().equals(o.customerId())))
                .orElseThrow(() -> Rejection.notFound("order"));
        List<OrderReturn> standing = book.of(c.brandId(), c.orderId()).stream()
                .filter(r -> r.status() != OrderReturn.Status.REJECTED).toList();
        List<OrderReturn.Line> lines = ReturnPolicy.price(order, c.lines(), standing);
        long amount = lines.stream().mapToLong(OrderReturn.Line::amount).sum();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String reason = c.reason() == null ? null : c.reason().strip();
        if (c.staff() == null) {
            OrderReturn asked = new OrderReturn(Ids.next(), order.id(), OrderReturn.Status.REQUESTED, null, false,
                    amount, reason, lines, now, null);
            book.insert(c.brandId(), asked, "CUSTOMER", null, c.key());
            return asked;
        }
        place(c.staff(), c.placeId());
        OrderReturn done = new OrderReturn(Ids.next(), order.id(), OrderReturn.Status.COMPLETED, c.placeId(),
                c.restock(), amount, reason, lines, now, now);
        book.insert(c.brandId(), done, c.staff().kind().name(), c.staff().id(), c.key());
        complete(order, done, c.staff());
        return done;
    }

    @Transactional
    OrderReturn decide(DecideReturn c) {
        Order order = orders.lock(c.brandId(), c.orderId()).orElseThrow(() -> Rejection.notFound("order"));
        OrderReturn asked = book.of(c.brandId(), c.orderId()).stream().filter(r -> r.id().equals(c.returnId()))
                .findFirst().orElseThrow(() -> Rejection.notFound("order-return"));
        if (asked.status() != OrderReturn.Status.REQUESTED) {
            throw Rejection.conflict("status", "order.return.decided");
        }
        if (!c.accept()) {
            book.decide(c.brandId(), asked.id(), OrderReturn.Status.REJECTED, null, false, c.staff().id());
            return find(c.brandId(), c.orderId(), asked.id());
        }
        place(c.staff(), c.placeId());
        book.decide(c.brandId(), asked.id(), OrderReturn.Status.COMPLETED, c.placeId(), c.restock(), c.staff().id());
        OrderReturn done = find(c.brandId(), c.orderId(), asked.id());
        complete(order, done, c.staff());
        return done;
    }

    /** The units of each line of the order (by line index) that completed returns took back already. */
    long[] returnedUnits(Order order) {
        long[] units = new long[order.lines().size()];
        for (OrderReturn r : book.of(order.brandId(), order.id())) {
            if (r.status() == OrderReturn.Status.COMPLETED) {
                r.lines().forEach(l -> units[l.lineIndex()] += l.quantity());
            }
        }
        return units;
    }

    List<OrderReturn> of(UUID brandId, UUID orderId) {
        return book.of(brandId, orderId);
    }

    private void complete(Order order, OrderReturn done, Actor staff) {
        if (done.amount() > 0) {
            payments.refund(new RefundPayment(order.brandId(), order.reference(), "return:" + done.id(),
                    done.amount(), done.reason()));
        }
        // a made-to-order line not made yet never took stock: refunded, but nothing of it goes back on a shelf
        java.util.Set<Integer> unmade = bookings.unmadeLines(order.brandId(), order.id());
        List<HoldLine> back = done.lines().stream().filter(l -> !unmade.contains(l.lineIndex()))
                .map(l -> new HoldLine(order.lines().get(l.lineIndex()).skuId(), done.placeId(), l.quantity()))
                .toList();
        if (done.restock() && !back.isEmpty()) {
            postings.postReturn(new StockReturn(BrandActor.of(order.brandId()), "return:" + done.id(),
                    new HoldLines(back)));
        }
        List<OrderReturn> completed = new ArrayList<>(book.of(order.brandId(), order.id()).stream()
                .filter(r -> r.status() == OrderReturn.Status.COMPLETED).toList());
        boolean fully = ReturnPolicy.fully(order, completed);
        PaymentSummary money = payments.summary(order.brandId(), order.reference());
        Order next = order.money(money.paid(), money.refunded());
        if (fully) {
            next = next.advanced(OrderStatus.REFUNDED);
        }
        Order saved = orders.update(order, next, Who.of(staff, null), done.reason());
        events.publishEvent(new OrderReturned(order.brandId(), order.id(), order.number(), done.id(), done.placeId(),
                done.restock(), done.amount(), done.lines(), fully, saved.placeIds()));
    }

    /** Where goods come back: a store or warehouse of the brand within the staff member's scope. */
    private void place(Actor staff, UUID placeId) {
        if (placeId == null) {
            throw Rejection.invalid("placeId", "validation.required");
        }
        PlaceRef place = places.find(staff.tenantId(), placeId).filter(PlaceRef::open)
                .orElseThrow(() -> Rejection.invalid("placeId", "order.return.unknown-place"));
        if (!places.scopeContains(staff.tenantId(), staff.scopeType(), staff.scopeId(), place.id())) {
            throw Rejection.invalid("placeId", "order.store.out-of-scope");
        }
    }

    private OrderReturn find(UUID brandId, UUID orderId, UUID returnId) {
        return book.of(brandId, orderId).stream().filter(r -> r.id().equals(returnId)).findFirst()
                .orElseThrow(() -> Rejection.notFound("order-return"));
    }
}

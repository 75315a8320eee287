package io.oneshelf.order.sale;

import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.HoldStock;
import io.oneshelf.inventory.StockHolds;
import io.oneshelf.order.AdvanceOrder;
import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.DecideReturn;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.payment.Payment;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.booking.BookingDesk;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricingPipeline;
import io.oneshelf.order.pricing.RecordedPrices;
import io.oneshelf.order.pricing.Redemption;
import io.oneshelf.order.routing.Destination;
import io.oneshelf.order.routing.OrderRouter;
import io.oneshelf.order.routing.RouteLine;
import io.oneshelf.order.routing.RouteRequest;
import io.oneshelf.order.routing.RoutingPlan;
import io.oneshelf.order.settings.OrderSettingsStore;
import io.oneshelf.payment.PaymentSummary;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.ReadMemo;
import io.oneshelf.platform.Rejection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places, finds and cancels orders ({@link Orders}). Orchestrates only: the checks are {@link PlaceOrderCheck}'s,
 * prices the pipeline's, places the router's, transitions the {@link Order}'s own; a till sale is {@link TillSale}'s.
 */
@Service
class OrderService implements Orders {

    /** How much longer than the order's unpaid time its stock stays held: a payment at the last second still finds it. */
    static final Duration HOLD_GRACE = Duration.ofMinutes(5);

    private final PlaceOrderCheck check;
    private final PricingPipeline pricing;
    private final OrderRouter router;
    private final StockHolds holds;
    private final Payments money;
    private final OrderPayments payments;
    private final OrderSettingsStore settings;
    private final OrderRepository orders;
    private final TillSale till;
    private final OrderEvents events;
    private final Returns returns;
    private final TransactionTemplate tx;
    private final BookingDesk bookings;
    private final FulfilmentHolds fulfilmentHolds;
    private final OrderReleases releases;

    OrderService(PlaceOrderCheck check, PricingPipeline pricing, OrderRouter router, StockHolds holds,
                 Payments money, OrderPayments payments, OrderSettingsStore settings, OrderRepository orders, TillSale till,
                 OrderEvents events, Returns returns, TransactionTemplate tx, BookingDesk bookings,
                 FulfilmentHolds fulfilmentHolds, OrderReleases releases) {
        this.fulfilmentHolds = fulfilmentHolds;
        this.releases = releases;
        this.check = check;
        this.pricing = pricing;
        this.router = router;
        this.holds = holds;
        this.money = money;
        this.payments = payments;
        this.settings = settings;
        this.orders = orders;
        this.till = till;
        this.events = events;
        this.returns = returns;
        this.tx = tx;
        this.bookings = bookings;
    }

    /** An order drafted from a command, and the pickup slot it books (null if none of its lines is made to order). */
    private record Draft(Order order, BookingDesk.Plan booking, List<Redemption> redemptions, String hold) {
    }

    @Override
    public OrderView quote(PlaceOrder command) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return view(tx.execute(s -> ReadMemo.during(() -> draft(command, Ids.next(), "-", now, true))).order(),
                List.of());
    }

    @Override
    public OrderView place(PlaceOrder command) {
        Optional<OrderView> earlier = byKey(command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // to the microsecond, as the database keeps it: the answer shows the order as it is read later
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // its reads in one transaction (one connection from the pool instead of one per read), each read once
        Draft draft = tx.execute(s -> ReadMemo.during(() -> draft(command, Ids.next(), orders.nextNumber(now), now,
                false)));
        Order order = draft.order();
        Who who = Who.of(command.staff(), command.customerId());
        try {
            if (command.channel() == OrderChannel.POS) {
                return view(tx.execute(s -> redeemed(till.sell(order, command, who, draft.hold()),
                        draft.redemptions())));
            }
            Order placed = holdAndRecord(order, command.key(), who, draft.booking(), draft.redemptions(),
                    draft.hold());
            // an order that booked nothing has nothing to read back: its timeline is the step just recorded
            return draft.booking() == null ? view(placed, OrderRepository.created(placed, who), null)
                    : view(placed);
        } catch (DuplicateKeyException e) {
            return byKey(command).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<OrderView> find(UUID brandId, UUID orderId) {
        return orders.find(brandId, orderId).map(this::view);
    }

    @Override
    public Optional<OffsetDateTime> placedAt(UUID brandId, UUID orderId) {
        return orders.createdAt(brandId, orderId);
    }

    @Override
    public List<OrderView> ofCustomer(UUID brandId, UUID customerId, UUID before, int limit) {
        return views(brandId, orders.list(new OrderFilter(brandId, null, null, null, null, null, customerId, null,
                null, null, before), limit));
    }

    @Override
    public Payment pay(PayOrder command) {
        return payments.take(command);
    }

    @Override
    public OrderReturn returnLines(ReturnLines command) {
        return returns.open(command);
    }

    @Override
    public OrderReturn decideReturn(DecideReturn command) {
        return returns.decide(command);
    }

    @Override
    public List<OrderReturn> returns(UUID brandId, UUID orderId) {
        return returns.of(brandId, orderId);
    }

    @Override
    public OrderView advance(AdvanceOrder command) {
        return view(tx.execute(s -> advanceLocked(lockToAdvance(command), command)));
    }

    @Override
    public java.util.Optional<OrderView> advanceFrom(java.util.Set<OrderStatus> from, AdvanceOrder command) {
        return java.util.Optional.ofNullable(tx.execute(s -> {
            Order order = lockToAdvance(command);
            return order.status() == command.to() || from.contains(order.status())
                    ? advanceLocked(order, command) : null;
        })).map(this::view);
    }

    private Order lockToAdvance(AdvanceOrder command) {
        return orders.lock(command.brandId(), command.orderId()).orElseThrow(() -> Rejection.notFound("order"));
    }

    private Order advanceLocked(Order order, AdvanceOrder command) {
        if (order.status() == command.to()) {
            return order;
        }
        if (command.to() == OrderStatus.CANCELLED || command.to() == OrderStatus.REFUNDED
            || command.to() == OrderStatus.PAID) {
            throw Rejection.invalid("to", "order.advance.not-fulfilment");
        }
        if (fulfilmentHolds.held(order.brandId(), order.id())) {
            // a group buy's order waits for its group: nothing is picked, shipped or handed over before
            throw Rejection.conflict("status", "order.fulfilment.held");
        }
        Order next = orders.update(order, order.advanced(command.to()), Who.of(command.staff(), null),
                command.note());
        if (next.status() == OrderStatus.COMPLETED) {
            events.completed(next);
        }
        return next;
    }

    @Override
    public OrderView release(UUID brandId, UUID orderId) {
        return view(releases.release(brandId, orderId));
    }

    @Override
    public boolean held(UUID brandId, UUID orderId) {
        return fulfilmentHolds.held(brandId, orderId);
    }

    @Override
    public OrderView cancel(CancelOrder command) {
        return view(tx.execute(s -> cancelLocked(command)));
    }

    /** Cancels within the caller's transaction (the auto-cancel job's, which claimed the order already). */
    Order cancelLocked(CancelOrder command) {
        Order order = orders.lock(command.brandId(), command.orderId())
                .filter(o -> command.customerId() == null || command.customerId().equals(o.customerId()))
                .orElseThrow(() -> Rejection.notFound("order"));
        if (command.staff() == null && command.reason() == CancelOrder.Reason.CUSTOMER
            && order.status() != OrderStatus.CREATED) {
            throw Rejection.conflict("status", "order.cancel.paid-by-customer");
        }
        Order cancelled = order.cancelled();
        money.close(order.brandId(), order.reference());
        PaymentSummary paid = money.summary(order.brandId(), order.reference());
        if (order.status() == OrderStatus.CREATED && command.reason() != CancelOrder.Reason.STAFF
            && paid.net() >= order.total()) {
            // paid in full before its cancel (the order hears of it just after): the customer has bought it, and
            // the auto-cancel job must not refund a payment the customer made in time
            if (command.reason() == CancelOrder.Reason.UNPAID) {
                return payments.settleLocked(order);
            }
            throw Rejection.conflict("status", "order.cancel.paid-by-customer");
        }
        if (paid.net() > 0) {
            money.refund(new RefundPayment(order.brandId(), order.reference(), "cancel:" + order.id(),
                    paid.net(), command.reason().name()));
        }
        PaymentSummary after = money.summary(order.brandId(), order.reference());
        Order saved = orders.update(order, cancelled.money(after.paid(), after.refunded()),
                Who.of(command.staff(), command.customerId()), command.note());
        Set<Integer> unmade = bookings.unmadeLines(order.brandId(), order.id());
        bookings.release(order.brandId(), order.id());
        if (order.status() == OrderStatus.CREATED && order.channel() != OrderChannel.POS) {
            if (!stocked(order, unmade).isEmpty()) {
                holds.release(BrandActor.of(order.brandId()), order.reference());
            }
        } else {
            // made-to-order lines not made yet never took stock: nothing of theirs goes back; a till sale awaiting
            // its QR posted its stock when it was placed (the goods were on the counter), and it comes back
            long[] back = returns.returnedUnits(order);
            unmade.forEach(i -> back[i] = order.lines().get(i).quantity());
            till.restock(order, back);
        }
        events.cancelled(saved, command.reason(), paid.net());
        return saved;
    }

    /** The order with what its pricing gave made its own (coupons used), in the order's transaction. */
    private static Order redeemed(Order order, List<Redemption> redemptions) {
        redemptions.forEach(r -> r.redeem(order.brandId(), order.id(), order.number()));
        return order;
    }

    private Order holdAndRecord(Order order, String key, Who who, BookingDesk.Plan booking,
                                List<Redemption> redemptions, String hold) {
        var brand = BrandActor.of(order.brandId());
        Duration unpaid = Duration.between(order.createdAt(), order.expiresAt());
        List<HoldLine> stocked = stocked(order, booking == null ? Set.of() : Set.copyOf(booking.madeLines()));
        if (!stocked.isEmpty()) {
            try {
                holds.hold(new HoldStock(brand, order.reference(), new HoldLines(stocked), unpaid.plus(HOLD_GRACE)));
            } catch (Rejection e) {
                throw stocked.size() == order.lines().size() ? e : renumbered(e, order, booking);
            }
        }
        try {
            return tx.execute(s -> {
                orders.insert(order, key, who);
                if (hold != null) {
                    fulfilmentHolds.hold(order, hold);
                }
                redeemed(order, redemptions);
                if (booking != null) {
                    bookings.book(order.brandId(), order.id(), order.number(), order.storeId(), booking);
                }
                events.placed(order);
                return order;
            });
        } catch (RuntimeException e) {
            if (!stocked.isEmpty()) {
                // in a transaction of its own: a caller's transaction (the idempotency filter's) rolls back with
                // the refusal, and would take the release with it
                TransactionTemplate own = new TransactionTemplate(tx.getTransactionManager());
                own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition
                        .PROPAGATION_REQUIRES_NEW);
                own.executeWithoutResult(s -> holds.release(brand, order.reference()));
            }
            throw e;
        }
    }

    /**
     * A refusal of the hold of an order with made-to-order lines names the hold's lines ({@code lines[i]} of the
     * stocked lines only): renumbered to the order's own lines, so that the customer sees it on the right one.
     */
    private static Rejection renumbered(Rejection e, Order order, BookingDesk.Plan booking) {
        if (e.faults().isEmpty()) {
            return e;
        }
        List<Integer> indexes = order.lines().stream().map(OrderView.Line::index)
                .filter(i -> !booking.madeLines().contains(i)).toList();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^lines\\[(\\d+)](.*)$");
        List<Rejection.Fault> faults = e.faults().stream().map(f -> {
            java.util.regex.Matcher m = f.field() == null ? null : line.matcher(f.field());
            if (m == null || !m.matches() || Integer.parseInt(m.group(1)) >= indexes.size()) {
                return f;
            }
            return new Rejection.Fault("lines[" + indexes.get(Integer.parseInt(m.group(1))) + "]" + m.group(2),
                    f.message());
        }).toList();
        return new Rejection(e.kind(), e.detail(), faults);
    }

    /** The lines of the order that take stock: all but its made-to-order lines not made yet ({@code unmade}). */
    static List<HoldLine> stocked(Order order, Set<Integer> unmade) {
        return order.lines().stream().filter(l -> !unmade.contains(l.index()))
                .map(l -> new HoldLine(l.skuId(), l.placeId(), l.quantity())).toList();
    }

    static HoldLines holdLines(Order order) {
        return new HoldLines(order.lines().stream()
                .map(l -> new HoldLine(l.skuId(), l.placeId(), l.quantity())).toList());
    }

    private Draft draft(PlaceOrder c, UUID id, String number, OffsetDateTime now, boolean quoting) {
        List<PricedLine> checked = check.check(c, quoting);
        BookingDesk.Plan booking = bookings.check(c, checked, quoting).orElse(null);
        Checkout checkout = priced(c, new Checkout(c.brandId(), c.channel(), c.fulfilment(), c.storeId(),
                c.customerId(), null, now.toInstant(), checked, c.couponIds()).campaign(c.campaign()));
        RoutingPlan plan = router.plan(new RouteRequest(c.brandId(), c.fulfilment(),
                checkout.lines().stream().map(l -> new RouteLine(l.index(), l.sku().id(), l.quantity())).toList(),
                c.storeId(), c.address() == null ? null
                        : new Destination(c.address().latitude(), c.address().longitude()),
                booking == null ? Set.of() : booking.madeSkus(), c.soldAlready()));
        // a till sale is paid at once, but one awaiting the till's QR is cancelled unpaid like any other order
        OffsetDateTime expires = c.channel() == OrderChannel.POS && !c.awaitsQr() ? null
                : now.plusMinutes(settings.of(c.brandId()).unpaidMinutes());
        UUID staffId = c.staff() == null ? null : c.staff().id();
        UUID guideId = check.creditedGuide(c);
        List<OrderView.Line> lines = OrderLines.of(checkout, plan);
        return new Draft(new Order(id, c.brandId(), number, c.channel(), c.fulfilment(), OrderStatus.CREATED,
                c.customerId(), c.storeId(), guideId, staffId, lines, checkout.goodsAmount(),
                checkout.discountAmount(), checkout.shippingFee(), checkout.total(), 0, 0, c.address(),
                OrderLines.plan(plan, lines), c.note(), expires, 0, now, now, discounts(checkout)), booking,
                checkout.redemptions(), checkout.fulfilmentHold());
    }

    /**
     * The checkout priced by the pipeline, with the cashier's hand discounts allowed at a till; a sale the till
     * recorded offline is priced as it was sold instead ({@link RecordedPrices}).
     */
    private Checkout priced(PlaceOrder c, Checkout checkout) {
        if (c.asRecorded()) {
            return RecordedPrices.price(checkout, c.lines().stream().map(PlaceOrder.Line::recordedUnitPrice)
                    .toList(), c.atTill().recordedTotal());
        }
        if (c.atTill() != null) {
            checkout.handDiscountLimitPercent(c.atTill().discountLimitPercent());
        }
        return pricing.price(checkout);
    }

    /** The checkout's explanation as the order keeps it. */
    static List<OrderView.Discount> discounts(Checkout checkout) {
        return checkout.discounts().stream().map(d -> new OrderView.Discount(d.kind(), d.ruleId(), d.name(),
                d.amount(), d.target().name())).toList();
    }

    private Optional<OrderView> byKey(PlaceOrder command) {
        if (command.key() == null) {
            return Optional.empty();
        }
        return orders.findByKey(command.brandId(), command.key()).flatMap(id -> find(command.brandId(), id));
    }

    OrderView view(Order o) {
        return view(o, orders.timeline(o.brandId(), o.id()), bookings.of(o.brandId(), o.id()).orElse(null));
    }

    /** Views of a page of one brand's orders, their timelines read in one query. */
    List<OrderView> views(UUID brandId, List<Order> page) {
        Map<UUID, List<OrderView.Step>> timelines = page.isEmpty() ? Map.of()
                : orders.timelines(brandId, page.stream().map(Order::id).toList());
        Map<UUID, OrderView.Booking> booked = bookings.of(brandId, page.stream().map(Order::id).toList());
        return page.stream().map(o -> view(o, timelines.getOrDefault(o.id(), List.of()), booked.get(o.id())))
                .toList();
    }

    private static OrderView view(Order o, List<OrderView.Step> timeline) {
        return view(o, timeline, null);
    }

    private static OrderView view(Order o, List<OrderView.Step> timeline, OrderView.Booking booking) {
        return new OrderView(o.id(), o.brandId(), o.number(), o.channel(), o.fulfilment(), o.status(),
                o.customerId(), o.storeId(), o.guideId(), o.staffId(), o.lines(), o.goodsAmount(),
                o.discountAmount(), o.shippingFee(), o.total(), o.paid(), o.refunded(), o.address(), o.plan(),
                o.note(), o.expiresAt(), o.createdAt(), o.updatedAt(), timeline, o.version(), booking,
                o.discounts());
    }
}

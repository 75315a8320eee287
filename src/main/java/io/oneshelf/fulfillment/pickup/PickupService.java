package io.oneshelf.fulfillment.pickup;

import io.oneshelf.fulfillment.PickedUp;
import io.oneshelf.fulfillment.PickupPass;
import io.oneshelf.fulfillment.Pickups;
import io.oneshelf.fulfillment.pickup.Pickup.Collector;
import io.oneshelf.fulfillment.task.OrderTasks;
import io.oneshelf.order.AdvanceOrder;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pickup codes: issued when a pickup order is paid, voided with its order, shown to their customer (the storefront,
 * {@link Pickups}) and to the store's staff, and verified at the store (核銷): the order is then completed. Only
 * staff whose scope reaches the pickup's store may see or verify it; a wrong code counts as a guess
 * ({@link CodeGuesses}).
 */
@Service
public class PickupService implements Pickups {

    private static final Set<OrderStatus> COLLECTABLE = EnumSet.of(OrderStatus.FULFILLING,
            OrderStatus.READY_FOR_PICKUP);

    private final PickupRecords records;
    private final CodeGuesses guesses;
    private final OrderTasks tasks;
    private final Orders orders;
    private final Places places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final PickupCodeDraw draw = PickupCodeDraw.secure();

    PickupService(PickupRecords records, CodeGuesses guesses, OrderTasks tasks, Orders orders, Places places,
                  AuditLog audit, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.records = records;
        this.guesses = guesses;
        this.tasks = tasks;
        this.orders = orders;
        this.places = places;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    /** What staff present: a typed code, or what the scanner read from the QR. */
    record Presented(String code, String qr) {
    }

    /**
     * Issues the order's pickup code at its pickup store, once: an order that has one keeps it.
     *
     * @return the order's code
     */
    @Transactional
    public String issue(OrderView order) {
        UUID store = order.storeId() != null ? order.storeId()
                : order.plan().shipments().stream().map(OrderView.Shipment::placeId).findFirst().orElseThrow();
        for (int i = 0; i < PickupCodeDraw.ATTEMPTS; i++) {
            Optional<Pickup> existing = records.ofOrder(order.brandId(), order.id(), false);
            if (existing.isPresent()) {
                return existing.get().code();
            }
            String code = draw.free(c -> records.open(order.brandId(), c));
            if (records.insert(new Pickup(order.id(), order.brandId(), order.number(), store, order.customerId(),
                    code, PickupStatus.OPEN, null, null, null, null, 0))) {
                return code;
            }
        }
        throw new IllegalStateException("no pickup code could be issued for order " + order.id());
    }

    /** Voids the order's open pickup code (the order was cancelled); a collected one stays as it was. */
    @Transactional
    public void voidFor(UUID brandId, UUID orderId) {
        records.ofOrder(brandId, orderId, true).filter(p -> p.status() == PickupStatus.OPEN)
                .ifPresent(p -> records.update(p, p.voided()));
    }

    @Override
    public PickupPass pass(UUID brandId, UUID customerId, UUID orderId) {
        Pickup p = own(brandId, customerId, orderId);
        return new PickupPass(p.orderId(), p.orderNumber(), p.storeId(), p.code(),
                PickupQr.content(p.orderId(), p.code()), p.status().name(), tasks.ready(brandId, orderId),
                p.issuedAt(), p.collectedAt());
    }

    @Override
    public byte[] qrPng(UUID brandId, UUID customerId, UUID orderId, int size) {
        Pickup p = own(brandId, customerId, orderId);
        return PickupQr.png(PickupQr.content(p.orderId(), p.code()), size);
    }

    PickupView get(Actor actor, UUID orderId) {
        return view(actor, seen(actor, orderId));
    }

    byte[] qr(Actor actor, UUID orderId, int size) {
        Pickup p = seen(actor, orderId);
        return PickupQr.png(PickupQr.content(p.orderId(), p.code()), size);
    }

    /** The pickup a code names, for staff to check the order before they hand it over; changes nothing. */
    PickupView lookup(Actor actor, Presented presented) {
        guesses.check(actor);
        try {
            return view(actor, resolve(actor, presented, false));
        } catch (WrongCode e) {
            guesses.wrong(actor);
            throw e;
        }
    }

    /**
     * Verifies a code at its store: the order's pickup tasks are collected, the order completed, who and when
     * recorded, {@link PickedUp} published. A used code is 409, an open one of a store outside the caller's scope
     * 400 on the field sent, an unknown one 404.
     */
    PickupView verify(Actor actor, Presented presented) {
        guesses.check(actor);
        try {
            return tx.execute(s -> collect(actor, resolve(actor, presented, true), field(presented)));
        } catch (WrongCode e) {
            guesses.wrong(actor);
            throw e;
        }
    }

    private PickupView collect(Actor actor, Pickup before, String field) {
        if (before.status() == PickupStatus.COLLECTED) {
            throw Rejection.conflict(field, "fulfillment.pickup.already-collected", before.orderNumber());
        }
        if (before.status() == PickupStatus.VOIDED) {
            throw Rejection.conflict(field, "fulfillment.pickup.voided", before.orderNumber());
        }
        OrderView order = orders.find(actor.tenantId(), before.orderId())
                .orElseThrow(() -> Rejection.notFound("order"));
        if (!COLLECTABLE.contains(order.status())) {
            throw Rejection.conflict(field, "fulfillment.pickup.order-not-collectable", order.number(),
                    order.status().name());
        }
        if (order.booking() != null && "BOOKED".equals(order.booking().status())) {
            throw Rejection.conflict(field, "fulfillment.pickup.not-made", order.number());
        }
        tasks.collect(actor, actor.tenantId(), order.id());
        completed(actor, order.id());
        Pickup after = before.collected(new Collector(actor.kind().name(), actor.id(), actor.name()));
        records.update(before, after);
        events.publishEvent(new PickedUp(actor.tenantId(), order.id(), order.number(), before.storeId(),
                order.customerId(), actor.id()));
        audit.record(actor, "pickup.collected", "pickup", order.id(), Map.of("status", before.status()),
                Map.of("status", after.status(), "storeId", after.storeId()));
        return view(actor, records.ofOrder(actor.tenantId(), order.id(), false).orElseThrow());
    }

    /** Makes sure the order ends completed, also when it had no pickup task to collect. */
    private void completed(Actor actor, UUID orderId) {
        OrderView now = orders.find(actor.tenantId(), orderId).orElseThrow();
        if (now.status() == OrderStatus.FULFILLING) {
            now = orders.advance(new AdvanceOrder(actor.tenantId(), orderId, OrderStatus.READY_FOR_PICKUP, actor,
                    null));
        }
        if (now.status() == OrderStatus.READY_FOR_PICKUP) {
            orders.advance(new AdvanceOrder(actor.tenantId(), orderId, OrderStatus.COMPLETED, actor, null));
        }
    }

    /** The pickup the code or QR names, if the caller may verify it at its store; a {@link WrongCode} if not. */
    private Pickup resolve(Actor actor, Presented presented, boolean lock) {
        String field = field(presented);
        Optional<Pickup> found;
        if (presented.qr() != null) {
            PickupQr.Content content = PickupQr.read(presented.qr())
                    .orElseThrow(() -> Rejection.invalid("qr", "fulfillment.pickup.not-a-pickup-qr"));
            found = records.ofOrder(actor.tenantId(), content.orderId(), lock)
                    .filter(p -> p.code().equals(content.code()));
        } else {
            found = records.byCode(actor.tenantId(), presented.code().trim(), lock);
        }
        Pickup p = found.orElseThrow(() -> WrongCode.unknown(field));
        if (!places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), p.storeId())) {
            throw WrongCode.otherStore(field);
        }
        return p;
    }

    private static String field(Presented presented) {
        return presented.qr() != null ? "qr" : "code";
    }

    /** The pickup of an order whose store is within the caller's scope; not found otherwise. */
    private Pickup seen(Actor actor, UUID orderId) {
        return records.ofOrder(actor.tenantId(), orderId, false)
                .filter(p -> places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), p.storeId()))
                .orElseThrow(() -> Rejection.notFound("pickup"));
    }

    private Pickup own(UUID brandId, UUID customerId, UUID orderId) {
        return records.ofOrder(brandId, orderId, false)
                .filter(p -> customerId != null && customerId.equals(p.customerId()))
                .orElseThrow(() -> Rejection.notFound("pickup"));
    }

    private PickupView view(Actor actor, Pickup p) {
        OrderView order = orders.find(actor.tenantId(), p.orderId()).orElse(null);
        String store = places.find(actor.tenantId(), p.storeId()).map(PlaceRef::name).orElse(null);
        return new PickupView(p.orderId(), p.orderNumber(), order == null ? null : order.status().name(), p.storeId(),
                store, p.code(), p.status(), tasks.ready(actor.tenantId(), p.orderId()),
                order == null ? java.util.List.of() : order.lines().stream().map(l -> new PickupView.Line(
                        l.skuCode(), l.name(), l.specs(), l.quantity(), l.payable())).toList(),
                order == null ? 0 : order.total(),
                PickupView.masked(order == null || order.address() == null ? null : order.address().phone()),
                p.issuedAt(), p.collectedAt(), p.collectedBy() == null ? null : p.collectedBy().name());
    }
}

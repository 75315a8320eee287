package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Orders as staff may see them: a brand-wide role every order of the brand, anyone else the orders of a store in
 * their scope or drawing on a place in it, and a guide only the orders they are credited with ({@link GuideRule}).
 * An order outside the caller's reach does not exist for them (404).
 */
@Component
class OrderQueries implements io.oneshelf.order.StaffOrders {

    private final OrderRepository orders;
    private final OrderService service;
    private final Places places;
    private final Customers customers;

    OrderQueries(OrderRepository orders, OrderService service, Places places, Customers customers) {
        this.orders = orders;
        this.service = service;
        this.places = places;
        this.customers = customers;
    }

    /**
     * A page of the orders within the caller's reach. {@code customerPhone} (as people write it) stands for the
     * customer with that number: none at all when the brand has no such customer; {@code INVALID} on
     * {@code customerPhone} when it is not a mobile number.
     */
    List<OrderView> list(Actor actor, OrderStatus status, OrderChannel channel, UUID storeId, UUID guideId,
                         UUID customerId, String customerPhone, String number, OffsetDateTime from,
                         OffsetDateTime to, UUID before, int limit) {
        if (!GuideRule.maySee(actor, guideId == null ? actor.id() : guideId)) {
            return List.of(); // a guide asking for another guide's sales: none of them are theirs to see
        }
        UUID customer = customerId;
        if (customerPhone != null && !customerPhone.isBlank()) {
            PhoneNumber phone = PhoneNumber.parse(customerPhone)
                    .orElseThrow(() -> Rejection.invalid("customerPhone", "member.phone.invalid"));
            Optional<UUID> found = customers.findByPhone(actor.tenantId(), phone.digits()).map(Customer::id);
            if (found.isEmpty() || (customer != null && !customer.equals(found.get()))) {
                return List.of();
            }
            customer = found.get();
        }
        OrderFilter filter = new OrderFilter(actor.tenantId(), reach(actor), status, channel, storeId,
                GuideRule.ownOrdersOnly(actor) ? actor.id() : guideId, customer,
                number == null || number.isBlank() ? null : number.strip(), from, to, before);
        return service.views(actor.tenantId(), orders.list(filter, limit));
    }

    @Override
    public OrderView get(Actor actor, UUID orderId) {
        return orders.find(actor.tenantId(), orderId).filter(o -> reaches(actor, o))
                .filter(o -> GuideRule.maySee(actor, o.guideId())).map(service::view)
                .orElseThrow(() -> Rejection.notFound("order"));
    }

    /**
     * An order of the brand by its number (from a receipt), for taking lines back: see {@link #checkReturnable}.
     */
    OrderView byNumber(Actor actor, String number) {
        return orders.findByNumber(actor.tenantId(), number).flatMap(id -> orders.find(actor.tenantId(), id))
                .filter(o -> returnable(actor, o)).map(service::view)
                .orElseThrow(() -> Rejection.notFound("order"));
    }

    /**
     * Passes when the caller may take lines of the order back: an order of their scope, or one sold online or by
     * a guide's link (bought online, returned at any store); 404 otherwise. A till sale of another store is not
     * theirs to take back.
     */
    void checkReturnable(Actor actor, UUID orderId) {
        orders.find(actor.tenantId(), orderId).filter(o -> returnable(actor, o))
                .orElseThrow(() -> Rejection.notFound("order"));
    }

    private boolean returnable(Actor actor, Order order) {
        return order.channel() != io.oneshelf.order.OrderChannel.POS || reaches(actor, order);
    }

    /** Passes when the caller reaches the order; 404 otherwise. */
    void check(Actor actor, UUID orderId) {
        get(actor, orderId);
    }

    /**
     * Passes when the caller may read what was paid and returned on the order: one they reach, or one they may
     * take lines of back ({@link #checkReturnable}, with {@code order:write}); 404 otherwise.
     */
    void checkReadable(Actor actor, UUID orderId) {
        orders.find(actor.tenantId(), orderId)
                .filter(o -> reaches(actor, o) || (actor.can(Permission.ORDER_WRITE) && returnable(actor, o)))
                .orElseThrow(() -> Rejection.notFound("order"));
    }

    private boolean reaches(Actor actor, Order order) {
        List<UUID> reach = reach(actor);
        return reach == null || (order.storeId() != null && reach.contains(order.storeId()))
               || order.placeIds().stream().anyMatch(reach::contains);
    }

    /** The places the caller's scope reaches; null for the whole brand. */
    private List<UUID> reach(Actor actor) {
        return actor.brandWide() ? null : places.visibleTo(actor).stream().map(PlaceRef::id).toList();
    }
}

package io.oneshelf.order;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/**
 * Orders as a staff member may read them, for other modules' endpoints that show an order (the till's receipt): the
 * same reach as {@code GET /api/v1/orders/{id}} — a brand-wide role every order of the brand, anyone else the orders
 * of a store in their scope or drawing on a place in it, a guide only the orders credited to them.
 */
public interface StaffOrders {

    /** The order, or {@code NOT_FOUND} on {@code order} when it is outside the caller's reach. */
    OrderView get(Actor actor, UUID orderId);
}

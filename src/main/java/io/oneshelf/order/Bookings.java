package io.oneshelf.order;

import io.oneshelf.platform.security.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Booked made-to-order pickups (decision 0035), for the store's production list: what is booked at a store on a
 * date, and marking an order's made-to-order lines made (a production receipt and their sale are posted together).
 */
public interface Bookings {

    /** The paid or unpaid orders booked at {@code storeId} on {@code date} (released ones left out), by slot. */
    List<OrderView> booked(UUID brandId, UUID storeId, LocalDate date);

    /**
     * Marks the order's made-to-order lines made: posts their production and sale at the order's store and
     * publishes {@link OrderMade}. Refused ({@code status}) unless the order is paid and FULFILLING (its store took it on) and its booking still
     * BOOKED;
     * a booking MADE already is answered as it is. Within the caller's transaction.
     */
    OrderView made(Actor actor, UUID orderId);
}

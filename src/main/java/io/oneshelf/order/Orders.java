package io.oneshelf.order;

import io.oneshelf.payment.Payment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders in process, for other modules (the POS, guides, promotions to come) and the API's controllers. Refusals
 * are {@link io.oneshelf.platform.Rejection}s naming the command's attribute at fault ({@code lines[2].quantity},
 * {@code tenders}, {@code storeId}); a refused command changes nothing.
 */
public interface Orders {

    /**
     * Prices the lines (the checkout pipeline), routes them to the places that will fulfil them, holds their
     * stock until the brand's unpaid time runs out, and records the order {@link OrderStatus#CREATED}. A till
     * sale is paid by its tenders, its stock leaves the store and it ends {@link OrderStatus#COMPLETED} in the
     * same call. Publishes {@link OrderPlaced} (and {@link OrderPaid}, {@link OrderCompleted} for a till sale).
     */
    OrderView place(PlaceOrder command);

    /** Prices and routes the lines as {@link #place} would, holding and recording nothing: the checkout preview. */
    OrderView quote(PlaceOrder command);

    Optional<OrderView> find(UUID brandId, UUID orderId);

    /** When the order was placed, as it stands now (one read; a read model needs no more to date a new order). */
    Optional<java.time.OffsetDateTime> placedAt(UUID brandId, UUID orderId);

    /** A customer's own orders, newest first, after the cursor's order id (null for the first page). */
    List<OrderView> ofCustomer(UUID brandId, UUID customerId, UUID before, int limit);

    /**
     * A tender towards an unpaid order: a customer pays online (the whole outstanding amount by WeChat Pay: the
     * answer carries the pay link), staff also take cash or card. Refused for an order that is not waiting for
     * payment ({@code CONFLICT} on {@code status}). Once the order is paid in full its other pay links are closed
     * (one paid anyway is refunded and flagged), and whatever was paid beyond its total is refunded at once.
     */
    Payment pay(PayOrder command);

    /**
     * Moves a paid order along its fulfilment: {@code FULFILLING} (a place started on it), {@code READY_FOR_PICKUP},
     * {@code SHIPPED}, {@code COMPLETED} (picked up or delivered). Only what {@link OrderStatus#TRANSITIONS} allows
     * ({@code TransitionRefused} otherwise); moving to the status it has already is answered as it is, so a
     * repeated call changes nothing. Publishes {@link OrderCompleted} on completion.
     */
    OrderView advance(AdvanceOrder command);

    /**
     * As {@link #advance}, but only from one of {@code from}, decided under the order's lock: an order that moved on
     * meanwhile (cancelled or refunded just after its payment) is left as it is and answered empty — for a listener
     * acting on an event the order may have outlived, where a refusal would only leave the event unhandled.
     */
    Optional<OrderView> advanceFrom(java.util.Set<OrderStatus> from, AdvanceOrder command);

    /**
     * Returns lines of a paid order (see {@link ReturnLines}): staff complete it at once — refund, restock or
     * write-off, {@link OrderReturned}, and the order {@link OrderStatus#REFUNDED} once nothing is left — while a
     * customer's return is a request for staff to {@link #decideReturn decide}. A line never bought, or more than
     * was bought and not yet returned, is refused on its line ({@code lines[i].lineIndex},
     * {@code lines[i].quantity}).
     */
    OrderReturn returnLines(ReturnLines command);

    /** Staff complete (as {@link #returnLines} does) or reject a customer's return request. */
    OrderReturn decideReturn(DecideReturn command);

    /** The returns of an order, oldest first. */
    java.util.List<OrderReturn> returns(UUID brandId, UUID orderId);

    /**
     * Releases an order held from fulfilment (decision 0055; held when its pricing asked, e.g. a group buy's until
     * its group succeeds): a paid one goes on to fulfilment, a till sale held at the counter is handed over
     * (completed). Publishes {@link OrderReleased} once; releasing an order not held changes nothing.
     */
    OrderView release(UUID brandId, UUID orderId);

    /** Whether the order is held from fulfilment, waiting for its release. */
    boolean held(UUID brandId, UUID orderId);

    /**
     * Cancels an order that is unpaid, or paid and not yet being fulfilled: its stock is released or returned, its
     * pending payments closed and what was paid refunded to the tenders; units that returns took back already are
     * not put back again. An unpaid order whose payment the ledger already holds in full (its order has not heard of
     * it yet) is paid, not cancelled: its customer is refused ({@code CONFLICT} on {@code status}) and the
     * auto-cancel job settles it as paid instead. Publishes {@link OrderCancelled}.
     */
    OrderView cancel(CancelOrder command);
}

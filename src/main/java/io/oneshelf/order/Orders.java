package io.oneshelf.order;

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

    /**
     * Cancels an order that is unpaid, or paid and not yet being fulfilled: its stock is released or returned, its
     * pending payments closed and what was paid refunded to the tenders. Publishes {@link OrderCancelled}.
     */
    OrderView cancel(CancelOrder command);
}

package io.oneshelf.order;

import java.util.List;
import java.util.UUID;

/**
 * Customers' carts in the online mall, kept on the server so that a cart follows its customer between devices.
 * A cart is priced by the same checkout pipeline as an order (same price as the till, 同價); its lines are not
 * held: stock is held when the cart is checked out. Refusals name the attribute at fault ({@code skuId},
 * {@code quantity}).
 */
public interface Carts {

    /** The most different SKUs one cart holds. */
    int MAX_LINES = 50;

    CartView get(UUID brandId, UUID customerId);

    /**
     * The lines {@link #get} lists (the brand's active SKUs), unpriced: for a quote of the cart, which prices them
     * itself.
     */
    List<PlaceOrder.Line> lines(UUID brandId, UUID customerId);

    /** Adds {@code quantity} of the SKU (to what the cart has of it already). */
    CartView add(UUID brandId, UUID customerId, UUID skuId, long quantity);

    /** Sets the cart's quantity of the SKU; 0 takes it out. */
    CartView set(UUID brandId, UUID customerId, UUID skuId, long quantity);

    /**
     * Places an online order of the whole cart ({@code command}'s lines are ignored: the cart's are used) and
     * empties the cart once the order is placed. An empty cart is refused ({@code lines}).
     */
    OrderView checkout(PlaceOrder command);
}

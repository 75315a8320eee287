package io.oneshelf.order.routing;

/**
 * Picks the place(s) an order is served from, by stock, distance and the brand's {@link RoutingRule}:
 * <ul>
 * <li>EXPRESS: one place if any can serve every line, the first by the brand's preference (warehouses first, or
 * the nearest stores first); else a split into as few shipments as a greedy choice finds (ties by place code).</li>
 * <li>SAME_CITY: the nearest store within the brand's maximum distance that has every line; never split.</li>
 * <li>PICKUP: the chosen store, which must be open, the brand's, share its stock with online and have every
 * line.</li>
 * <li>IN_STORE: the till's store, whatever its online setting, from its stock that is not held.</li>
 * </ul>
 * Online fulfilments draw only on open places whose stock is shared with online, and on a franchisee's stock
 * only as the brand's franchise rule allows. Reads only; nothing is held.
 *
 * <p>Refusals are {@link io.oneshelf.platform.Rejection}s: a line no place can serve is {@code OUT_OF_STOCK} naming
 * {@code lines[i].quantity} (an {@link io.oneshelf.platform.LineRejected} with an
 * {@link io.oneshelf.inventory.OutOfStock} reason); a pickup or till store that is missing, not the brand's or
 * closed is invalid on {@code storeId}; a delivery without coordinates, or same-city delivery without a store in
 * reach, names {@code addressId}.
 */
public interface OrderRouter {

    RoutingPlan plan(RouteRequest request);
}

package io.oneshelf.fulfillment;

import java.util.UUID;

/**
 * A customer's own pickup codes, for the storefront: the code and its QR image of an order the customer collects
 * at a store. Another customer's order, an order without a pickup, or another brand's is not found
 * ({@link io.oneshelf.platform.NotFound}, thing {@code pickup}).
 */
public interface Pickups {

    /** The pickup of the customer's order: its code, the QR content, the store and whether it is still open. */
    PickupPass pass(UUID brandId, UUID customerId, UUID orderId);

    /** The QR image (PNG) of the customer's pickup, {@code size} pixels square (clamped to 120–1024). */
    byte[] qrPng(UUID brandId, UUID customerId, UUID orderId, int size);
}

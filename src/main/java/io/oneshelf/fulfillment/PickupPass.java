package io.oneshelf.fulfillment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a customer shows at the store to collect an order: the six-digit {@code code} and the same as the QR's
 * {@code qrContent} ({@code oneshelf:pickup:<orderId>:<code>}). {@code status} is {@code OPEN} (to collect),
 * {@code COLLECTED} or {@code VOIDED} (the order was cancelled); {@code ready} tells whether the store has
 * prepared the goods.
 */
public record PickupPass(UUID orderId, String orderNumber, UUID storeId, String code, String qrContent,
                         String status, boolean ready, OffsetDateTime issuedAt, OffsetDateTime collectedAt) {
}

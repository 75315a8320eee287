package io.oneshelf.promotion.coupon;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One coupon a customer holds: AVAILABLE until an order uses it (USED, with that order); {@code code} is what staff
 * type or scan at the till (unique in the brand).
 */
record Coupon(UUID id, String code, UUID templateId, UUID customerId, String status, String source, OffsetDateTime validFrom,
              OffsetDateTime validTo, UUID orderId, OffsetDateTime issuedAt, OffsetDateTime usedAt) {
}

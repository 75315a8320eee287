package io.oneshelf.promotion.coupon;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One coupon a customer holds: AVAILABLE until an order uses it (USED, with that order). */
record Coupon(UUID id, UUID templateId, UUID customerId, String status, String source, OffsetDateTime validFrom,
              OffsetDateTime validTo, UUID orderId, OffsetDateTime issuedAt, OffsetDateTime usedAt) {
}

package io.oneshelf.distribution.commission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the commission ledger and what it moves: {@code EARNED} (+pending; settles at {@code settlesAt}),
 * {@code REVERSED} (−pending: a refund before that), {@code SETTLED} (pending to available: the window closed),
 * {@code CLAWED_BACK} (−available: a refund after it). {@code tier} 1 is the customer's referrer, 2 their inviter.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributionCommissionEntry")
record Entry(UUID id, UUID distributorId, UUID orderId, String orderNumber, UUID customerId, int tier, String kind,
             long base, long pending, long available, OffsetDateTime settlesAt, OffsetDateTime recordedAt) {
}

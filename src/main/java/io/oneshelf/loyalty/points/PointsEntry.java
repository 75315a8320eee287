package io.oneshelf.loyalty.points;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One movement of a customer's points: EARN (a paid order), REVERSE (its refund), REDEEM (paid as a tender), REFUND
 * (that tender refunded), EXPIRE (a period end). {@code points} is signed; {@code balance} is the customer's after it.
 */
record PointsEntry(UUID id, UUID customerId, String kind, long points, long amount, UUID orderId, UUID paymentId,
                   String reference, long balance, OffsetDateTime at) {
}

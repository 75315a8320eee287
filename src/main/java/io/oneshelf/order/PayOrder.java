package io.oneshelf.order;

import io.oneshelf.payment.Tender;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/**
 * Pay order {@code orderId}: by the customer {@code customerId} (online tenders only, the whole outstanding
 * amount) or by {@code staff} (also cash with what was handed over, or card with the terminal's reference; an
 * {@code amount} below the outstanding one is part of a split payment). {@code key} makes it idempotent.
 */
public record PayOrder(UUID brandId, UUID orderId, Actor staff, UUID customerId, Tender tender, Long amount,
                       Long cashTendered, String cardReference, String key) {
}

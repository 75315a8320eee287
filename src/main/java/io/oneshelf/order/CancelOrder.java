package io.oneshelf.order;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/**
 * Cancel order {@code orderId} of brand {@code brandId}. {@code staff} is who cancels (null for the customer or
 * the system: then {@code customerId} or neither); {@code reason} says why ({@code CUSTOMER}, {@code STAFF},
 * {@code UNPAID}).
 */
public record CancelOrder(UUID brandId, UUID orderId, Actor staff, UUID customerId, Reason reason, String note) {

    public enum Reason { CUSTOMER, STAFF, UNPAID, CAMPAIGN_FAILED }
}

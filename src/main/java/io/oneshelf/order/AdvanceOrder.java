package io.oneshelf.order;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/** Move order {@code orderId} to {@code to}; {@code staff} is who did it (null: the system), {@code note} why. */
public record AdvanceOrder(UUID brandId, UUID orderId, OrderStatus to, Actor staff, String note) {
}

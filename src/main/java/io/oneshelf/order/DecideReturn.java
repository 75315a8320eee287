package io.oneshelf.order;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/** Complete (goods back at {@code placeId}, restocked or written off, refund) or reject a return request. */
public record DecideReturn(UUID brandId, UUID orderId, UUID returnId, Actor staff, boolean accept, UUID placeId,
                           boolean restock, String note) {
}

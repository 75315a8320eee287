package io.oneshelf.order.routing;

import java.util.UUID;

/**
 * A line to route, or the part of it one shipment carries: {@code index} is the line's place in the order (from
 * 0), the same in every shipment that carries part of it.
 */
public record RouteLine(int index, UUID skuId, long quantity) {
}

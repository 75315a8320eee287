package io.oneshelf.order.routing;

import java.util.UUID;

public record RouteLine(int index, UUID skuId, long quantity) {
}

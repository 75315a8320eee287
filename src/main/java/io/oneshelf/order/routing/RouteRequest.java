package io.oneshelf.order.routing;

import java.util.List;
import java.util.UUID;

public record RouteRequest(UUID brandId, Fulfilment fulfilment, List<RouteLine> lines, UUID storeId,
                           Destination destination) {
}

package io.oneshelf.order.routing;

import io.oneshelf.platform.Message;
import java.util.List;

public record RoutingPlan(Fulfilment fulfilment, List<Shipment> shipments, List<Message> explanation) {
}

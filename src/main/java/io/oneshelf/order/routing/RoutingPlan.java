package io.oneshelf.order.routing;

import io.oneshelf.platform.Message;
import java.util.List;

/**
 * Where an order's goods come from: one shipment, or several when no single place could serve the order, with
 * the reasons a customer or staff member can read ({@link Message}s, written in the reader's language).
 */
public record RoutingPlan(Fulfilment fulfilment, List<Shipment> shipments, List<Message> explanation) {

    public RoutingPlan {
        shipments = List.copyOf(shipments);
        explanation = List.copyOf(explanation);
    }

    public boolean split() {
        return shipments.size() > 1;
    }
}

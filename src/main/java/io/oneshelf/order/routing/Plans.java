package io.oneshelf.order.routing;

import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.List;

/** A plan with its explanation closed by a word on every shipment that draws on a franchisee's stock. */
final class Plans {

    private Plans() {
    }

    static RoutingPlan of(Fulfilment fulfilment, List<Shipment> shipments, List<Message> why) {
        List<Message> explanation = new ArrayList<>(why);
        shipments.stream().filter(s -> s.ownerFranchiseeId() != null).map(Reasons::franchiseDrawn)
                .forEach(explanation::add);
        return new RoutingPlan(fulfilment, shipments, explanation);
    }
}

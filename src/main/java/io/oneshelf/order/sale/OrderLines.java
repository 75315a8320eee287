package io.oneshelf.order.sale;

import io.oneshelf.order.OrderView;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.routing.RoutingPlan;
import io.oneshelf.order.routing.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order's lines from its priced checkout and its routing plan. Routing may split one asked line over two places
 * (part from a warehouse, the rest from a store): then the order has one line per place, the line's money
 * divided in proportion to quantity to the fen, so the lines still sum to the checkout's totals.
 */
final class OrderLines {

    private OrderLines() {
    }

    static List<OrderView.Line> of(Checkout checkout, RoutingPlan plan) {
        List<OrderView.Line> lines = new ArrayList<>();
        for (PricedLine priced : checkout.lines()) {
            List<Part> parts = parts(plan, priced.index());
            long discountLeft = priced.discount();
            long quantityLeft = priced.quantity();
            for (Part part : parts) {
                long discount = quantityLeft == part.quantity() ? discountLeft
                        : Math.floorDiv(priced.discount() * part.quantity(), priced.quantity());
                discountLeft -= discount;
                quantityLeft -= part.quantity();
                lines.add(new OrderView.Line(lines.size(), priced.sku().id(), priced.sku().code(), name(priced),
                        priced.sku().specs(), part.quantity(), priced.unitPrice(), priced.priceRule(),
                        priced.unitPrice() * part.quantity(), discount, part.placeId()));
            }
        }
        return List.copyOf(lines);
    }

    /** The plan as the order keeps it: each shipment with the order lines (not the asked lines) it carries. */
    static OrderView.Plan plan(RoutingPlan plan, List<OrderView.Line> lines) {
        List<OrderView.Shipment> shipments = new ArrayList<>();
        for (Shipment s : plan.shipments()) {
            shipments.add(new OrderView.Shipment(s.placeId(), s.placeCode(), s.placeName(), s.kind().name(),
                    s.ownerFranchiseeId(), s.distanceKm(), lines.stream()
                    .filter(l -> s.placeId().equals(l.placeId())).map(OrderView.Line::index).toList()));
        }
        return new OrderView.Plan(List.copyOf(shipments), plan.explanation());
    }

    private static String name(PricedLine line) {
        return line.sku().productName() != null ? line.sku().productName() : line.sku().name();
    }

    private record Part(UUID placeId, long quantity) {
    }

    /** Where the asked line {@code index} is taken from, in the plan's shipment order. */
    private static List<Part> parts(RoutingPlan plan, int index) {
        List<Part> parts = new ArrayList<>();
        for (Shipment s : plan.shipments()) {
            s.lines().stream().filter(l -> l.index() == index)
                    .forEach(l -> parts.add(new Part(s.placeId(), l.quantity())));
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("routing left line " + index + " out of its plan");
        }
        return parts;
    }
}

package io.oneshelf.order.routing;

public interface OrderRouter {
    RoutingPlan plan(RouteRequest request);
}

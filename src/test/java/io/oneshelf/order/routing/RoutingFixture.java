package io.oneshelf.order.routing;

import io.oneshelf.platform.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Named factories of routing's unit tests: rules, requests and a router on a {@link Stockroom}. */
final class RoutingFixture {

    private RoutingFixture() {
    }

    static RoutingRule rule(RoutingPreference preference) {
        return new RoutingRule(preference, new BigDecimal("5.0"), FranchiseStockRule.NEVER, 0, 1);
    }

    static RoutingRule franchise(FranchiseStockRule franchiseStock, long buffer) {
        return new RoutingRule(RoutingPreference.PREFER_STORES, new BigDecimal("5.0"), franchiseStock, buffer, 1);
    }

    static RoutingRule sameCityWithin(String km) {
        return new RoutingRule(RoutingPreference.PREFER_WAREHOUSE, new BigDecimal(km), FranchiseStockRule.NEVER, 0,
                1);
    }

    static Router router(Stockroom stockroom, RoutingRule rule) {
        return new Router(stockroom, stockroom, brand -> rule);
    }

    /** Lines of SKU and quantity pairs, indexed from 0: {@code lines(tea, 2, cake, 1)}. */
    static List<RouteLine> lines(Object... skuAndQuantity) {
        List<RouteLine> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new RouteLine(i / 2, (UUID) skuAndQuantity[i], ((Number) skuAndQuantity[i + 1]).longValue()));
        }
        return lines;
    }

    static RouteRequest express(List<RouteLine> lines) {
        return new RouteRequest(Stockroom.BRAND, Fulfilment.EXPRESS, lines, null, Stockroom.HOME);
    }

    static RouteRequest sameCity(List<RouteLine> lines) {
        return new RouteRequest(Stockroom.BRAND, Fulfilment.SAME_CITY, lines, null, Stockroom.HOME);
    }

    static RouteRequest pickup(UUID storeId, List<RouteLine> lines) {
        return new RouteRequest(Stockroom.BRAND, Fulfilment.PICKUP, lines, storeId, null);
    }

    static RouteRequest tillSale(UUID storeId, List<RouteLine> lines) {
        return new RouteRequest(Stockroom.BRAND, Fulfilment.IN_STORE, lines, storeId, null);
    }

    static List<String> codes(RoutingPlan plan) {
        return plan.explanation().stream().map(Message::code).toList();
    }
}

package io.oneshelf.support;

import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid bodies of the inventory endpoints for {@link EndpointWalk}, naming the owner's places and SKU. */
final class StockBodies {

    private StockBodies() {
    }

    static Map<String, Object> of(Brand owner, String sku) {
        Map<String, Object> stockLine = Map.of("skuId", sku, "locationId", owner.storeId(), "quantity", 1);
        Map<String, Object> transferLines = Map.of("lines", List.of(Map.of("skuId", sku, "quantity", 1)));
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/stock/receipts", stockLine);
        bodies.put("POST /api/v1/stock/adjustments", EndpointWalk.with(stockLine, "reason", "hijack"));
        bodies.put("PUT /api/v1/stock-locations/{placeId}", Map.of("sharedWithOnline", true, "safetyStock", 9));
        bodies.put("POST /api/v1/stock/reconciliation/verifications", Map.of());
        bodies.put("POST /api/v1/stock/reservations", Map.of("reference", "HIJACK", "expiresInSeconds", 60,
                "lines", List.of(stockLine)));
        bodies.put("POST /api/v1/stock/reservations/{id}/confirm", Map.of());
        bodies.put("POST /api/v1/stock/reservations/{id}/release", Map.of());
        bodies.put("POST /api/v1/stock/transfers", Map.of("fromPlaceId", owner.storeId(),
                "toPlaceId", owner.warehouseId(), "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        bodies.put("POST /api/v1/stock/transfers/{id}/ship", transferLines);
        bodies.put("POST /api/v1/stock/transfers/{id}/receive", transferLines);
        bodies.put("POST /api/v1/stock/transfers/{id}/cancel", Map.of());
        bodies.put("POST /api/v1/stock/stocktakes", Map.of("placeId", owner.storeId()));
        bodies.put("PUT /api/v1/stock/stocktakes/{id}/counts", Map.of("lines",
                List.of(Map.of("skuId", sku, "countedQuantity", 0))));
        bodies.put("POST /api/v1/stock/stocktakes/{id}/post", Map.of());
        bodies.put("POST /api/v1/stock/stocktakes/{id}/cancel", Map.of());
        bodies.put("POST /api/v1/stock/replenishment-orders", Map.of("storeId", owner.storeId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        bodies.put("POST /api/v1/stock/replenishment-orders/{id}/approve", Map.of("warehouseId",
                owner.warehouseId(), "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        bodies.put("POST /api/v1/stock/replenishment-orders/{id}/reject", Map.of("reason", "hijacked"));
        bodies.put("POST /api/v1/stock/replenishment-orders/{id}/cancel", Map.of());
        return bodies;
    }
}

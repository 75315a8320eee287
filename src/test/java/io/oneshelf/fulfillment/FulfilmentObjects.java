package io.oneshelf.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fulfilment objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a paid pickup
 * order at the owner's first store, once its pickup code and its store task exist, and a valid body for every
 * mutating fulfilment endpoint (an unknown code: a walk must not collect the owner's order).
 */
public final class FulfilmentObjects {

    private FulfilmentObjects() {
    }

    /** Ids for {@code pickups} (the order's id) and {@code fulfilment-tasks}; {@code pricedSku} needs a price. */
    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, UUID pricedSku) {
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", pricedSku,
                "locationId", owner.storeId(), "quantity", 5)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + owner.storeId(), ownerAdmin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        String guide = api.login(owner.login("guide"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", owner.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", pricedSku, "quantity", 1))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        long total = placed.body().get("total").asLong();
        Reply paid = api.post("/api/v1/orders/" + placed.id() + "/payments", guide, Map.of("tender", "CASH",
                "amount", total, "cashTendered", total));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        String task = Eventually.until("the owner's pickup task", Duration.ofSeconds(30),
                () -> api.get("/api/v1/fulfilment-tasks?orderId=" + placed.id(), ownerAdmin).body().get("items"),
                items -> items.size() == 1).get(0).get("id").asString();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("pickups", placed.id());
        ids.put("fulfilment-tasks", task);
        return ids;
    }

    public static Map<String, Object> sampleBodies() {
        Map<String, Object> bodies = new LinkedHashMap<>();
        Map<String, Object> unknownCode = Map.of("code", "000001");
        bodies.put("POST /api/v1/pickups/lookup", unknownCode);
        bodies.put("POST /api/v1/pickups/verify", unknownCode);
        for (String step : List.of("pick", "pack", "ready", "deliver")) {
            bodies.put("POST /api/v1/fulfilment-tasks/{id}/" + step, Map.of());
        }
        bodies.put("POST /api/v1/fulfilment-tasks/{id}/hand-over", Map.of("carrier", "SF",
                "trackingNumber", "SF0001"));
        bodies.put("POST /api/v1/fulfilment-tasks/{id}/dispatch", Map.of("courierName", "Li Lei",
                "courierPhone", "13800000000"));
        return bodies;
    }
}

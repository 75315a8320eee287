package io.oneshelf.promotion.flash;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flash-sale objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a till-only
 * flash sale of one SKU nothing else of the walk sells (so it changes no other object's price, and needs no online
 * stock), and a valid body for every mutating flash-sale endpoint.
 */
public final class FlashSaleObjects {

    private FlashSaleObjects() {
    }

    /** Ids for {@code flash-sales}. */
    public static Map<String, String> create(Api api, String ownerAdmin, UUID ownSku) {
        Reply created = api.post("/api/v1/flash-sales", ownerAdmin, body(ownSku, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Map.of("flash-sales", created.id(), "flash-sale-sku", ownSku.toString());
    }

    public static Map<String, Object> sampleBodies(Map<String, String> ids) {
        UUID sku = UUID.fromString(ids.get("flash-sale-sku"));
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/flash-sales", body(sku, null));
        bodies.put("PUT /api/v1/flash-sales/{id}", body(sku, 1));
        bodies.put("POST /api/v1/flash-sales/{id}/activate", Map.of());
        bodies.put("POST /api/v1/flash-sales/{id}/deactivate", Map.of());
        return bodies;
    }

    private static Map<String, Object> body(UUID sku, Integer version) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "秒杀", "items", List.of(Map.of("skuId", sku,
                        "price", 1000, "allocation", 5)), "perCustomer", 1, "channels", List.of("POS"),
                "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2036-01-01T00:00:00Z"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}

package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The stock API as a test speaks it: one signed-in caller, one call per business action. */
public record StockClient(Api api, String token) {

    public Reply receive(UUID sku, UUID location, long quantity) {
        return api.post("/api/v1/stock/receipts", token, Map.of("skuId", sku, "locationId", location,
                "quantity", quantity, "reference", "PO-1"));
    }

    public Reply adjust(UUID sku, UUID location, long quantity, String reason) {
        return api.post("/api/v1/stock/adjustments", token, Map.of("skuId", sku, "locationId", location,
                "quantity", quantity, "reason", reason));
    }

    public Reply reserve(String reference, int expiresInSeconds, List<Map<String, Object>> lines) {
        return api.post("/api/v1/stock/reservations", token, Map.of("reference", reference,
                "expiresInSeconds", expiresInSeconds, "lines", lines));
    }

    public Reply reserveOne(String reference, UUID sku, UUID location, long quantity) {
        return reserve(reference, 3600, List.of(line(sku, location, quantity)));
    }

    public Reply confirm(String reservationId) {
        return api.post("/api/v1/stock/reservations/" + reservationId + "/confirm", token, Map.of());
    }

    public Reply release(String reservationId) {
        return api.post("/api/v1/stock/reservations/" + reservationId + "/release", token, Map.of());
    }

    public static Map<String, Object> line(UUID sku, UUID location, long quantity) {
        return Map.of("skuId", sku, "locationId", location, "quantity", quantity);
    }

    /** The balance of one SKU at one location: {onHand, reserved, available}; zeros when there is none. */
    public long[] balance(UUID sku, UUID location) {
        Reply reply = api.get("/api/v1/stock/balances?skuId=" + sku + "&locationId=" + location, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode items = reply.body().get("items");
        if (items.isEmpty()) {
            return new long[] {0, 0, 0};
        }
        JsonNode b = items.get(0);
        return new long[] {b.get("onHand").asLong(), b.get("reserved").asLong(), b.get("available").asLong()};
    }

    /** Asserts that every balance of the tenant equals the sums of its ledger. */
    public void assertLedgerMatchesBalances() {
        Reply reply = api.get("/api/v1/stock/reconciliation", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().get("differences").size()).as(reply.toString()).isZero();
    }
}

package io.oneshelf.pos;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * POS objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a till of store one
 * with an open shift, a sale there, a held sale, and a conflict (an offline sale synced at a price that changed
 * since); and a valid body for every mutating POS endpoint.
 */
public final class PosObjects {

    public static final List<String> TABLES = List.of("pos_till", "pos_shift", "pos_sale", "pos_money",
            "pos_held_sale", "pos_void", "pos_conflict", "pos_settings");

    private PosObjects() {
    }

    /**
     * Ids for {@code tills}, {@code shifts}, {@code held-sales}, {@code conflicts}, {@code pos-order} and
     * {@code qr-sales} (a sale awaiting the till's QR).
     */
    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, UUID pricedSku, long price) {
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", pricedSku, "locationId",
                owner.storeId(), "quantity", 10)).status()).isEqualTo(201);
        PosClient admin = new PosClient(api, ownerAdmin);
        String till = admin.aTill(owner.storeId(), "W1");
        PosClient cashier = new PosClient(api, api.login(owner.login("cashier"), BrandFixture.PASSWORD));
        String shift = cashier.openShift(till, 1000);
        Reply sale = cashier.sell(till, UUID.randomUUID(), List.of(PosClient.line(pricedSku, 1)),
                List.of(PosClient.card(price)));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        // a sale awaiting the till's QR (decision 0048)
        Reply qrSale = cashier.sell(till, UUID.randomUUID(), List.of(PosClient.line(pricedSku, 1)),
                List.of(Map.of("tender", "WECHAT_PAY", "amount", price, "qr", true)));
        assertThat(qrSale.status()).as(qrSale.toString()).isEqualTo(201);
        Reply held = api.post(PosClient.POS + "/tills/" + till + "/held-sales", cashier.token(),
                Map.of("label", "blue coat", "cart", Map.of("lines", List.of())));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        Reply synced = api.post(PosClient.POS + "/tills/" + till + "/sync", cashier.token(), Map.of("sales",
                List.of(offlineSale(pricedSku, 1))));
        assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
        String manager = api.login(owner.login("manager"), BrandFixture.PASSWORD);
        Reply conflicts = api.get(PosClient.POS + "/conflicts", manager);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("tills", till);
        ids.put("shifts", shift);
        ids.put("held-sales", held.id());
        ids.put("conflicts", conflicts.body().get("items").get(0).get("id").asString());
        ids.put("pos-order", sale.id());
        ids.put("qr-sales", qrSale.id());
        ids.put("pos-sku", pricedSku.toString());
        return ids;
    }

    /** A sale made offline at a unit price of ¥0.01, paid in cash. */
    private static Map<String, Object> offlineSale(Object sku, long quantity) {
        return Map.of("clientSaleId", UUID.randomUUID(), "recordedAt", OffsetDateTime.now().toString(),
                "lines", List.of(Map.of("skuId", sku, "quantity", quantity, "unitPrice", 1)),
                "tenders", List.of(PosClient.cash(quantity, quantity)), "total", quantity);
    }

    /** The Z-report's store and day: the owner's store one, today in the brand's time zone. */
    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        return Map.of("GET /api/v1/pos/z-report", Map.of("storeId", ids.get("stores"), "date",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
    }

    public static Map<String, Object> sampleBodies(Brand owner, Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/pos/tills", Map.of("storeId", owner.storeId(), "code", "W9", "name", "Walk till"));
        bodies.put("PUT /api/v1/pos/tills/{id}", Map.of("name", "Renamed", "active", true, "version", 0));
        bodies.put("POST /api/v1/pos/tills/{id}/shifts", Map.of("floatFen", 0));
        bodies.put("POST /api/v1/pos/shifts/{id}/close", Map.of("counted", List.of(Map.of("denominationFen", 100,
                "count", 1)), "note", "walk"));
        bodies.put("POST /api/v1/pos/tills/{id}/sales", Map.of("clientSaleId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", ids.get("pos-sku"), "quantity", 1)),
                "tenders", List.of(PosClient.cash(1, 1))));
        bodies.put("POST /api/v1/pos/tills/{id}/quote", Map.of("lines", List.of(Map.of("skuId", ids.get("pos-sku"),
                "quantity", 1))));
        bodies.put("POST /api/v1/pos/tills/{id}/sync", Map.of("sales", List.of(offlineSale(ids.get("pos-sku"), 1))));
        bodies.put("POST /api/v1/pos/tills/{id}/returns", Map.of("orderId", ids.get("pos-order"),
                "lines", List.of(Map.of("lineIndex", 0, "quantity", 1)), "restock", true));
        bodies.put("POST /api/v1/pos/tills/{id}/qr-sales/{orderId}/cancel", Map.of());
        bodies.put("POST /api/v1/pos/tills/{id}/held-sales", Map.of("label", "walk", "cart", Map.of()));
        bodies.put("POST /api/v1/pos/tills/{id}/voids", Map.of("kind", "SALE", "amountFen", 100, "reason", "walk"));
        bodies.put("DELETE /api/v1/pos/held-sales/{id}", null);
        bodies.put("POST /api/v1/pos/conflicts/{id}/resolve", Map.of("note", "walk"));
        bodies.put("PUT /api/v1/pos/settings", Map.of("maxOfflineHours", 12, "maxOfflineAmountFen", 100_000,
                "version", 0));
        return bodies;
    }
}

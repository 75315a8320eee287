package io.oneshelf.voucher;

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
 * Voucher objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a SKU sold as a
 * voucher of five uses and a voucher of it, bought by a guide for the owner's shop customer and paid in cash; and a
 * valid body for every mutating voucher endpoint (an unknown code: a walk must not redeem the owner's voucher).
 */
public final class VoucherObjects {

    private VoucherObjects() {
    }

    /** Ids for {@code voucher-plans} (the SKU's id) and {@code vouchers}; {@code pricedSku} needs a price. */
    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, UUID pricedSku,
                                             String customerId) {
        Reply plan = api.put("/api/v1/voucher-plans/" + pricedSku, ownerAdmin, Map.of("uses", 5, "validDays", 30,
                "version", 0));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        String order = aPaidVoucherOrder(api, owner, pricedSku, 1, customerId);
        String voucher = Eventually.until("the owner's voucher", Duration.ofSeconds(30),
                () -> api.get("/api/v1/vouchers?orderId=" + order, ownerAdmin).body().get("items"),
                items -> items.size() == 1).get(0).get("id").asString();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("voucher-plans", pricedSku.toString());
        ids.put("vouchers", voucher);
        return ids;
    }

    /** A guide's VOUCHER order at the owner's store one, its stock received, paid in cash; the order's id. */
    public static String aPaidVoucherOrder(Api api, Brand owner, UUID sku, long quantity, String customerId) {
        String admin = api.login(owner.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", owner.storeId(),
                "quantity", 10)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + owner.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        String guide = api.login(owner.login("guide"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "VOUCHER",
                "storeId", owner.storeId(), "customerId", customerId,
                "lines", List.of(Map.of("skuId", sku, "quantity", quantity))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        long total = placed.body().get("total").asLong();
        Reply paid = api.post("/api/v1/orders/" + placed.id() + "/payments", guide, Map.of("tender", "CASH",
                "amount", total, "cashTendered", total));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        return placed.id();
    }

    public static Map<String, Object> sampleBodies() {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/vouchers/lookup", Map.of("code", "000000000001"));
        bodies.put("POST /api/v1/vouchers/redeem", Map.of("code", "000000000001", "uses", 1));
        bodies.put("POST /api/v1/vouchers/{id}/refund", Map.of());
        bodies.put("PUT /api/v1/voucher-plans/{id}", Map.of("uses", 3, "validDays", 60, "version", 1));
        return bodies;
    }
}

package io.oneshelf.inventory.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Replenishment orders through the HTTP API: a store asks, HQ decides, the stock travels as a transfer. */
class ReplenishmentApiTest extends ApiTest {

    private static final String ORDERS = "/api/v1/stock/replenishment-orders";

    @Autowired
    SkuFixture skus;

    private StockClient as(Brand brand, String who) {
        return new StockClient(api, api.login(brand.login(who), BrandFixture.PASSWORD));
    }

    private Reply submit(StockClient caller, UUID store, Map<UUID, Long> lines) {
        return api.post(ORDERS, caller.token(), Map.of("storeId", store, "note", "weekend rush",
                "lines", lines.entrySet().stream()
                        .map(e -> Map.of("skuId", e.getKey(), "quantity", e.getValue())).toList()));
    }

    private Reply transferStep(StockClient caller, String transferId, String action, UUID sku, long quantity) {
        return api.post("/api/v1/stock/transfers/" + transferId + "/" + action, caller.token(),
                Map.of("lines", List.of(Map.of("skuId", sku, "quantity", quantity))));
    }

    private long orders(Brand brand) {
        return brands.count("replenishment_order", brand.tenantId());
    }

    @Test
    void an_order_approved_with_an_edited_quantity_is_shipped_and_received_as_a_transfer() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        StockClient manager = as(brand, "manager");
        admin.receive(tea, brand.warehouseId(), 20);

        Reply submitted = submit(manager, brand.storeId(), Map.of(tea, 10L));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");

        Reply approved = api.post(ORDERS + "/" + submitted.id() + "/approve", admin.token(),
                Map.of("warehouseId", brand.warehouseId(), "lines", List.of(Map.of("skuId", tea, "quantity", 6))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.body().get("lines").get(0).get("approved").asLong()).isEqualTo(6);
        assertThat(approved.body().get("transferStatus").asString()).isEqualTo("REQUESTED");
        String transferId = approved.body().get("transferId").asString();

        Reply transfer = api.get("/api/v1/stock/transfers/" + transferId, admin.token());
        assertThat(transfer.body().get("fromPlaceId").asString()).isEqualTo(brand.warehouseId().toString());
        assertThat(transfer.body().get("toPlaceId").asString()).isEqualTo(brand.storeId().toString());
        assertThat(transfer.body().get("lines").get(0).get("requested").asLong()).isEqualTo(6);

        assertThat(transferStep(admin, transferId, "ship", tea, 6).status()).isEqualTo(200);
        assertThat(api.get(ORDERS + "/" + submitted.id(), manager.token()).body().get("transferStatus").asString())
                .isEqualTo("SHIPPED");
        assertThat(transferStep(manager, transferId, "receive", tea, 6).status()).isEqualTo(200);

        assertThat(api.get(ORDERS + "/" + submitted.id(), manager.token()).body().get("transferStatus").asString())
                .isEqualTo("RECEIVED");
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(6, 0, 6);
        assertThat(admin.balance(tea, brand.warehouseId())).containsExactly(14, 0, 14);
        admin.assertLedgerMatchesBalances();
        assertThat(brands.jdbc().sql("""
                select action from audit_event where tenant_id = :t and entity_type = 'replenishment_order'
                order by occurred_at""").param("t", brand.tenantId()).query(String.class).list())
                .containsExactly("replenishment.submitted", "replenishment.approved");
    }

    @Test
    void a_line_approved_as_zero_is_dropped_from_the_transfer() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSku(brand);
        StockClient region = as(brand, "region");
        Reply submitted = api.post(ORDERS, as(brand, "manager").token(), Map.of("storeId", brand.storeId(),
                "warehouseId", brand.warehouseId(), "lines", List.of(Map.of("skuId", tea, "quantity", 3),
                        Map.of("skuId", cake, "quantity", 4))));

        Reply approved = api.post(ORDERS + "/" + submitted.id() + "/approve", region.token(),
                Map.of("lines", List.of(Map.of("skuId", cake, "quantity", 0))));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Reply transfer = api.get("/api/v1/stock/transfers/" + approved.body().get("transferId").asString(),
                region.token());
        assertThat(transfer.body().get("lines").size()).isEqualTo(1);
        assertThat(transfer.body().get("lines").get(0).get("skuId").asString()).isEqualTo(tea.toString());
        assertThat(transfer.body().get("lines").get(0).get("requested").asLong()).isEqualTo(3);
    }

    @Test
    void hq_rejects_with_a_reason_and_a_rejected_order_can_no_longer_be_approved() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        Reply submitted = submit(as(brand, "manager"), brand.storeId(), Map.of(tea, 5L));

        Reply rejected = api.post(ORDERS + "/" + submitted.id() + "/reject", admin.token(),
                Map.of("reason", "stock is kept for the flagship"));
        Reply approvedLater = api.post(ORDERS + "/" + submitted.id() + "/approve", admin.token(),
                Map.of("warehouseId", brand.warehouseId()));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.body().get("rejectReason").asString()).isEqualTo("stock is kept for the flagship");
        assertThat(approvedLater.status()).as(approvedLater.toString()).isEqualTo(409);
        assertThat(brands.count("stock_transfer", brand.tenantId())).isZero();
    }

    @Test
    void the_store_cancels_a_submitted_order() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        Reply submitted = submit(manager, brand.storeId(), Map.of(tea, 5L));

        Reply cancelled = api.post(ORDERS + "/" + submitted.id() + "/cancel", manager.token(), Map.of());

        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.post(ORDERS + "/" + submitted.id() + "/cancel", manager.token(), Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void a_store_manager_cannot_approve_and_another_stores_manager_cannot_see_the_order() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        StockClient other = as(brand, "othermanager");
        Reply submitted = submit(manager, brand.storeId(), Map.of(tea, 5L));

        Reply approved = api.post(ORDERS + "/" + submitted.id() + "/approve", manager.token(),
                Map.of("warehouseId", brand.warehouseId()));
        Reply seen = api.get(ORDERS + "/" + submitted.id(), other.token());
        Reply cancelled = api.post(ORDERS + "/" + submitted.id() + "/cancel", other.token(), Map.of());

        assertThat(approved.status()).as(approved.toString()).isEqualTo(403);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(404);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(404);
        assertThat(api.get(ORDERS, other.token()).body().get("items").size()).isZero();
        assertThat(api.get(ORDERS + "/" + submitted.id(), manager.token()).body().get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void a_bad_quantity_is_a_400_naming_the_line_and_changes_nothing() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSku(brand);

        Reply submitted = api.post(ORDERS, as(brand, "manager").token(), Map.of("storeId", brand.storeId(),
                "lines", List.of(Map.of("skuId", tea, "quantity", 2), Map.of("skuId", cake, "quantity", 0))));
        Reply otherStore = submit(as(brand, "manager"), brand.otherStoreId(), Map.of(tea, 1L));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(400);
        assertThat(submitted.body().get("errors").findValuesAsString("field")).containsExactly("lines[1].quantity");
        assertThat(otherStore.status()).as(otherStore.toString()).isEqualTo(400);
        assertThat(otherStore.body().get("errors").get(0).get("field").asString()).isEqualTo("storeId");
        assertThat(orders(brand)).isZero();
    }

    @Test
    void low_stock_lists_a_sku_whose_available_is_at_most_its_safety_stock() {
        Brand brand = brands.aBrand();
        UUID scarce = skus.aSku(brand);
        UUID plenty = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin.token(),
                Map.of("sharedWithOnline", true, "safetyStock", 3)).status()).isEqualTo(200);
        admin.receive(scarce, brand.storeId(), 5);
        admin.receive(plenty, brand.storeId(), 50);

        Reply low = api.get("/api/v1/stock/low-stock?locationId=" + brand.storeId(), admin.token());
        Reply upToAHundred = api.get("/api/v1/stock/low-stock?locationId=" + brand.storeId() + "&threshold=100",
                admin.token());

        assertThat(low.status()).as(low.toString()).isEqualTo(200);
        assertThat(low.body().get("items").findValuesAsString("skuId")).containsExactly(scarce.toString());
        assertThat(low.body().get("items").get(0).get("skuCode").asString()).isNotBlank();
        assertThat(low.body().get("items").get(0).get("available").asLong()).isEqualTo(2);
        assertThat(upToAHundred.body().get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/stock/low-stock", as(brand, "othermanager").token()).body().get("items").size())
                .isZero();
    }
}

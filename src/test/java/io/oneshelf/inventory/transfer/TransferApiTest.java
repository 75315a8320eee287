package io.oneshelf.inventory.transfer;

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

/** Transfers through the HTTP API: what each step does to the two places' stock and to the transfer. */
class TransferApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private StockClient as(Brand brand, String who) {
        return new StockClient(api, api.login(brand.login(who), BrandFixture.PASSWORD));
    }

    private Reply request(StockClient caller, UUID from, UUID to, UUID sku, long quantity) {
        return api.post("/api/v1/stock/transfers", caller.token(), Map.of("fromPlaceId", from, "toPlaceId", to,
                "reference", "TR-TEST", "lines", List.of(Map.of("skuId", sku, "quantity", quantity))));
    }

    private Reply step(StockClient caller, String transferId, String action, UUID sku, long quantity) {
        return api.post("/api/v1/stock/transfers/" + transferId + "/" + action, caller.token(),
                Map.of("lines", List.of(Map.of("skuId", sku, "quantity", quantity))));
    }

    private List<String> kinds(StockClient caller, UUID sku) {
        return api.get("/api/v1/stock/movements?order=oldest&skuId=" + sku, caller.token()).body().get("items")
                .findValuesAsString("kind");
    }

    @Test
    void a_requested_transfer_shipped_and_received_moves_stock_from_the_warehouse_to_the_store() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.warehouseId(), 20);

        Reply requested = request(as(brand, "manager"), brand.warehouseId(), brand.storeId(), sku, 8);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.body().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(20, 0, 20);

        Reply shipped = step(admin, requested.id(), "ship", sku, 8);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.body().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.body().get("inTransit").asLong()).isEqualTo(8);
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(12, 0, 12);
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(0, 0, 0);
        Reply inTransit = api.get("/api/v1/stock/in-transit?skuId=" + sku, admin.token());
        assertThat(inTransit.body().get("quantity").asLong()).isEqualTo(8);

        Reply received = step(as(brand, "manager"), requested.id(), "receive", sku, 8);
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.body().get("discrepancies").size()).isZero();
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(12, 0, 12);
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(8, 0, 8);
        assertThat(api.get("/api/v1/stock/in-transit?skuId=" + sku, admin.token()).body().get("quantity").asLong())
                .isZero();
        assertThat(kinds(admin, sku)).containsExactly("RECEIPT", "TRANSFER_OUT", "TRANSFER_IN");
        admin.assertLedgerMatchesBalances();
        assertThat(brands.jdbc().sql("""
                select action from audit_event where tenant_id = :t and entity_type = 'stock_transfer'
                order by occurred_at""").param("t", brand.tenantId()).query(String.class).list())
                .containsExactly("transfer.requested", "transfer.shipped", "transfer.received");
    }

    @Test
    void a_shipment_the_source_cannot_cover_is_refused_naming_the_line_and_changes_nothing() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.warehouseId(), 5);
        admin.reserveOne("ORDER-1", sku, brand.warehouseId(), 2);
        Reply requested = request(admin, brand.warehouseId(), brand.storeId(), sku, 4);

        Reply shipped = step(admin, requested.id(), "ship", sku, 4);

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(409);
        assertThat(shipped.body().get("type").asString()).endsWith("/out-of-stock");
        assertThat(shipped.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(5, 2, 3);
        Reply after = api.get("/api/v1/stock/transfers/" + requested.id(), admin.token());
        assertThat(after.body().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(after.body().get("lines").get(0).get("shipped").isNull()).isTrue();
        assertThat(kinds(admin, sku)).containsExactly("RECEIPT", "RESERVE");
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void receiving_less_than_was_shipped_records_the_discrepancy_on_the_line() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.warehouseId(), 10);
        Reply requested = request(admin, brand.warehouseId(), brand.storeId(), sku, 10);
        step(admin, requested.id(), "ship", sku, 10);

        Reply received = step(admin, requested.id(), "receive", sku, 7);

        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        var line = received.body().get("lines").get(0);
        assertThat(line.get("shipped").asLong()).isEqualTo(10);
        assertThat(line.get("received").asLong()).isEqualTo(7);
        assertThat(line.get("discrepancy").asLong()).isEqualTo(-3);
        assertThat(received.body().get("discrepancies").size()).isEqualTo(1);
        assertThat(received.body().get("discrepancies").get(0).get("skuId").asString()).isEqualTo(sku.toString());
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(0, 0, 0);
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(7, 0, 7);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void receiving_before_shipping_and_shipping_twice_are_conflicts() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.warehouseId(), 10);
        Reply requested = request(admin, brand.warehouseId(), brand.storeId(), sku, 3);

        Reply early = step(admin, requested.id(), "receive", sku, 3);
        Reply first = step(admin, requested.id(), "ship", sku, 3);
        Reply twice = step(admin, requested.id(), "ship", sku, 3);
        Reply cancelShipped = api.post("/api/v1/stock/transfers/" + requested.id() + "/cancel", admin.token(),
                Map.of());

        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body().get("type").asString()).endsWith("/conflict");
        assertThat(early.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(cancelShipped.status()).as(cancelShipped.toString()).isEqualTo(409);
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(7, 0, 7);
        assertThat(kinds(admin, sku)).containsExactly("RECEIPT", "TRANSFER_OUT");
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void a_cancelled_transfer_can_no_longer_be_shipped() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.warehouseId(), 10);
        Reply requested = request(admin, brand.warehouseId(), brand.storeId(), sku, 3);

        Reply cancelled = api.post("/api/v1/stock/transfers/" + requested.id() + "/cancel", admin.token(), Map.of());

        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(step(admin, requested.id(), "ship", sku, 3).status()).isEqualTo(409);
        assertThat(admin.balance(sku, brand.warehouseId())).containsExactly(10, 0, 10);
    }

    @Test
    void a_store_manager_of_another_store_cannot_ship_from_a_place_outside_their_scope() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);
        Reply requested = request(admin, brand.storeId(), brand.warehouseId(), sku, 4);

        Reply shipped = step(as(brand, "othermanager"), requested.id(), "ship", sku, 4);

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(404);
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(10, 0, 10);
        assertThat(api.get("/api/v1/stock/transfers", as(brand, "othermanager").token()).body().get("items").size())
                .isZero();
    }

    @Test
    void the_destination_requests_but_only_the_source_ships() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        as(brand, "admin").receive(sku, brand.otherStoreId(), 10);

        Reply requested = request(manager, brand.otherStoreId(), brand.storeId(), sku, 2);
        Reply shipped = step(manager, requested.id(), "ship", sku, 2);
        Reply same = request(manager, brand.storeId(), brand.storeId(), sku, 2);
        Reply elsewhere = request(manager, brand.otherStoreId(), brand.warehouseId(), sku, 2);

        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(403);
        assertThat(same.body().get("errors").get(0).get("field").asString()).isEqualTo("toPlaceId");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(step(as(brand, "othermanager"), requested.id(), "ship", sku, 2).status()).isEqualTo(200);
    }
}

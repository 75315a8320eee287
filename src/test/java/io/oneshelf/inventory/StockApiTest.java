package io.oneshelf.inventory;

import static io.oneshelf.inventory.StockClient.line;
import static org.assertj.core.api.Assertions.assertThat;

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

/** The stock pool through its HTTP API: receipts, holds, sales, releases, and what each does to balances. */
class StockApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private StockClient as(Brand brand, String who) {
        return new StockClient(api, api.login(brand.login(who), BrandFixture.PASSWORD));
    }

    @Test
    void received_stock_reserved_and_confirmed_becomes_a_sale() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");

        assertThat(admin.receive(sku, brand.storeId(), 10).status()).isEqualTo(201);
        Reply held = admin.reserveOne("ORDER-1", sku, brand.storeId(), 3);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.body().get("status").asString()).isEqualTo("HELD");
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(10, 3, 7);

        Reply sold = admin.confirm(held.id());
        assertThat(sold.status()).as(sold.toString()).isEqualTo(200);
        assertThat(sold.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(7, 0, 7);
        Reply movements = api.get("/api/v1/stock/movements?order=oldest&skuId=" + sku, admin.token());
        assertThat(movements.body().get("items").findValuesAsString("kind"))
                .containsExactly("RECEIPT", "RESERVE", "SALE");
        assertThat(admin.confirm(held.id()).status()).isEqualTo(409);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void a_released_reservation_gives_its_stock_back() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient cashier = as(brand, "cashier");
        as(brand, "manager").receive(sku, brand.storeId(), 5);

        Reply held = cashier.reserveOne("POS-7", sku, brand.storeId(), 5);
        assertThat(cashier.balance(sku, brand.storeId())).containsExactly(5, 5, 0);
        assertThat(cashier.release(held.id()).body().get("status").asString()).isEqualTo("RELEASED");

        assertThat(cashier.balance(sku, brand.storeId())).containsExactly(5, 0, 5);
        assertThat(cashier.release(held.id()).status()).isEqualTo(409);
        cashier.assertLedgerMatchesBalances();
    }

    @Test
    void the_same_reference_returns_the_same_reservation_and_holds_stock_once() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);

        Reply first = admin.reserveOne("ORDER-42", sku, brand.storeId(), 4);
        Reply again = admin.reserveOne("ORDER-42", sku, brand.storeId(), 4);
        Reply otherLines = admin.reserveOne("ORDER-42", sku, brand.storeId(), 5);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(otherLines.status()).isEqualTo(409);
        assertThat(otherLines.body().get("errors").get(0).get("field").asString()).isEqualTo("reference");
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(10, 4, 6);
    }

    @Test
    void a_short_line_fails_the_whole_reservation_naming_that_line() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(tea, brand.storeId(), 10);
        admin.receive(cake, brand.warehouseId(), 2);

        Reply reply = admin.reserve("ORDER-9", 600, List.of(line(tea, brand.storeId(), 3),
                line(cake, brand.warehouseId(), 3)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.body().get("type").asString()).endsWith("/out-of-stock");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[1].quantity");
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(10, 0, 10);
        assertThat(admin.balance(cake, brand.warehouseId())).containsExactly(2, 0, 2);
        assertThat(admin.reserveOne("ORDER-9", tea, brand.storeId(), 3).status())
                .as("the failed reference stays free").isEqualTo(201);
    }

    @Test
    void bad_input_is_rejected_naming_the_fields_and_changes_nothing() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);

        Reply reservation = admin.reserve(" ", 0, List.of(line(sku, brand.storeId(), 0)));
        Reply unknownSku = admin.reserveOne("R-1", UUID.randomUUID(), brand.storeId(), 1);
        Reply receipt = api.post("/api/v1/stock/receipts", admin.token(), Map.of("skuId", sku,
                "locationId", brand.storeId(), "quantity", -1));
        Reply noReason = api.post("/api/v1/stock/adjustments", admin.token(), Map.of("skuId", sku,
                "locationId", brand.storeId(), "quantity", -2));
        Reply belowReserved = admin.adjust(sku, brand.storeId(), -11, "broken cups");

        assertThat(reservation.status()).isEqualTo(400);
        assertThat(reservation.body().get("errors").findValuesAsString("field"))
                .contains("reference", "expiresInSeconds", "lines[0].quantity");
        assertThat(unknownSku.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].skuId");
        assertThat(receipt.body().get("errors").findValuesAsString("field")).containsExactly("quantity");
        assertThat(noReason.body().get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(belowReserved.status()).isEqualTo(409);
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(10, 0, 10);
        assertThat(brands.count("stock_movement", brand.tenantId())).isEqualTo(1);
        assertThat(brands.count("stock_reservation", brand.tenantId())).isZero();
    }

    @Test
    void a_hold_naming_a_deactivated_sku_is_refused_changes_nothing_and_runs_again_once_the_sku_is_sold_again() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSkuThatCanBeDeactivated(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(tea, brand.storeId(), 10);
        admin.receive(cake, brand.storeId(), 10);
        assertThat(skuStatus(admin, cake, "deactivate")).isEqualTo("DISCONTINUED");
        Map<String, Object> body = Map.of("reference", "ORDER-77", "expiresInSeconds", 600,
                "lines", List.of(line(tea, brand.storeId(), 2), line(cake, brand.storeId(), 3)));

        Reply refused = api.send("POST", "/api/v1/stock/reservations", admin.token(), body, "hold-77");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).endsWith("/conflict");
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[1].skuId");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).isEqualTo("is deactivated");
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(10, 0, 10);
        assertThat(admin.balance(cake, brand.storeId())).containsExactly(10, 0, 10);
        assertThat(brands.count("stock_movement", brand.tenantId())).as("the two receipts only").isEqualTo(2);
        assertThat(brands.count("stock_reservation", brand.tenantId())).isZero();

        assertThat(skuStatus(admin, cake, "activate")).isEqualTo("ACTIVE");
        Reply retried = api.send("POST", "/api/v1/stock/reservations", admin.token(), body, "hold-77");

        assertThat(retried.status()).as("the refusal did not use up the key: " + retried).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(10, 2, 8);
        assertThat(admin.balance(cake, brand.storeId())).containsExactly(10, 3, 7);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void holds_made_before_their_sku_was_deactivated_can_still_be_confirmed_and_released() {
        Brand brand = brands.aBrand();
        UUID cake = skus.aSkuThatCanBeDeactivated(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(cake, brand.storeId(), 10);
        Reply toSell = admin.reserveOne("ORDER-1", cake, brand.storeId(), 3);
        Reply toGiveBack = admin.reserveOne("ORDER-2", cake, brand.storeId(), 2);
        assertThat(skuStatus(admin, cake, "deactivate")).isEqualTo("DISCONTINUED");
        assertThat(admin.reserveOne("ORDER-3", cake, brand.storeId(), 1).status()).as("no new holds").isEqualTo(409);

        Reply sold = admin.confirm(toSell.id());
        Reply released = admin.release(toGiveBack.id());

        assertThat(sold.status()).as(sold.toString()).isEqualTo(200);
        assertThat(sold.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.body().get("status").asString()).isEqualTo("RELEASED");
        assertThat(admin.balance(cake, brand.storeId())).containsExactly(7, 0, 7);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void a_store_user_moves_and_sees_only_stock_of_places_in_their_scope() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        StockClient cashier = as(brand, "cashier");
        admin.receive(sku, brand.otherStoreId(), 10);
        Reply elsewhere = admin.reserveOne("ORDER-X", sku, brand.otherStoreId(), 1);

        Reply reserve = cashier.reserveOne("ORDER-Y", sku, brand.otherStoreId(), 1);
        Reply receipt = as(brand, "manager").receive(sku, brand.otherStoreId(), 5);

        assertThat(reserve.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].locationId");
        assertThat(receipt.body().get("errors").get(0).get("field").asString()).isEqualTo("locationId");
        assertThat(cashier.release(elsewhere.id()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/stock/balances", cashier.token()).body().get("items").size()).isZero();
        assertThat(cashier.receive(sku, brand.storeId(), 1).status()).as("a cashier may not receive").isEqualTo(403);
    }

    @Test
    void online_stock_sums_what_the_shared_places_have_available_beyond_safety_stock() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);
        admin.receive(sku, brand.otherStoreId(), 7);
        admin.receive(sku, brand.warehouseId(), 100);
        api.put("/api/v1/stock-locations/" + brand.storeId(), admin.token(),
                Map.of("sharedWithOnline", true, "safetyStock", 2));
        Reply warehouse = api.put("/api/v1/stock-locations/" + brand.warehouseId(), admin.token(),
                Map.of("sharedWithOnline", true, "safetyStock", 0));
        admin.reserveOne("WEB-1", sku, brand.warehouseId(), 30);

        Reply online = api.get("/api/v1/stock/online/" + sku, admin.token());

        assertThat(warehouse.body().get("configured").asBoolean()).isTrue();
        assertThat(online.body().get("onlineSellable").asLong()).isEqualTo(8 + 70);
        assertThat(online.body().get("places").size()).isEqualTo(3);
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(10, 0, 8);
        assertThat(admin.reserveOne("WEB-2", sku, brand.storeId(), 9).status())
                .as("safety stock is not for sale").isEqualTo(409);
    }

    /** Deactivates or activates a SKU through the catalog's API and answers its status afterwards. */
    private String skuStatus(StockClient admin, UUID sku, String action) {
        Reply reply = api.post("/api/v1/skus/" + sku + "/" + action, admin.token(), Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().get("status").asString();
    }
}

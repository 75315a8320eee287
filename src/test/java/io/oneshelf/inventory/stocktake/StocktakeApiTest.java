package io.oneshelf.inventory.stocktake;

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
import tools.jackson.databind.JsonNode;

/** Stocktakes through the HTTP API: freeze a count sheet, count, post the differences through the ledger. */
class StocktakeApiTest extends ApiTest {

    private static final String STOCKTAKES = "/api/v1/stock/stocktakes";

    @Autowired
    SkuFixture skus;

    private StockClient as(Brand brand, String who) {
        return new StockClient(api, api.login(brand.login(who), BrandFixture.PASSWORD));
    }

    private Reply start(StockClient who, UUID place) {
        return api.post(STOCKTAKES, who.token(), Map.of("placeId", place));
    }

    private Reply count(StockClient who, String id, UUID sku, long quantity) {
        return api.put(STOCKTAKES + "/" + id + "/counts", who.token(),
                Map.of("lines", List.of(Map.of("skuId", sku, "countedQuantity", quantity))));
    }

    private Reply post(StockClient who, String id) {
        return api.post(STOCKTAKES + "/" + id + "/post", who.token(), Map.of());
    }

    private List<Long> stocktakeDeltas(StockClient who, UUID sku) {
        JsonNode items = api.get("/api/v1/stock/movements?skuId=" + sku, who.token()).body().get("items");
        return items.valueStream().filter(m -> m.get("kind").asString().equals("STOCKTAKE"))
                .map(m -> m.get("onHandDelta").asLong()).toList();
    }

    @Test
    void counting_and_posting_moves_on_hand_by_the_differences_and_leaves_uncounted_lines_alone() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSku(brand);
        UUID milk = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        manager.receive(tea, brand.storeId(), 10);
        manager.receive(cake, brand.storeId(), 5);
        manager.receive(milk, brand.storeId(), 4);

        Reply started = start(manager, brand.storeId());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.body().get("lines").findValues("bookQuantity").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(10L, 5L, 4L);
        assertThat(count(manager, started.id(), tea, 9).status()).isEqualTo(200);
        assertThat(count(manager, started.id(), tea, 8).status()).as("counting again overwrites").isEqualTo(200);
        count(manager, started.id(), cake, 7);
        Reply posted = post(manager, started.id());

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.body().get("status").asString()).isEqualTo("POSTED");
        assertThat(posted.body().get("uncountedSkuIds").get(0).asString()).isEqualTo(milk.toString());
        assertThat(manager.balance(tea, brand.storeId())).containsExactly(8, 0, 8);
        assertThat(manager.balance(cake, brand.storeId())).containsExactly(7, 0, 7);
        assertThat(manager.balance(milk, brand.storeId())).containsExactly(4, 0, 4);
        assertThat(stocktakeDeltas(manager, tea)).containsExactly(-2L);
        assertThat(stocktakeDeltas(manager, cake)).containsExactly(2L);
        assertThat(stocktakeDeltas(manager, milk)).isEmpty();
        manager.assertLedgerMatchesBalances();
    }

    @Test
    void a_sale_and_a_receipt_between_freeze_and_post_are_not_counted_twice() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        manager.receive(tea, brand.storeId(), 10);
        Reply started = start(manager, brand.storeId());

        StockClient cashier = as(brand, "cashier");
        Reply held = cashier.reserveOne("POS-1", tea, brand.storeId(), 3);
        assertThat(cashier.confirm(held.id()).status()).isEqualTo(200);
        manager.receive(tea, brand.storeId(), 5);
        count(manager, started.id(), tea, 11);
        Reply preview = api.get(STOCKTAKES + "/" + started.id(), manager.token());
        Reply posted = post(manager, started.id());

        assertThat(preview.body().get("lines").get(0).get("bookQuantity").asLong()).isEqualTo(10);
        assertThat(preview.body().get("lines").get(0).get("difference").asLong()).isEqualTo(-1);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(manager.balance(tea, brand.storeId())).containsExactly(11, 0, 11);
        assertThat(stocktakeDeltas(manager, tea)).containsExactly(-1L);
        manager.assertLedgerMatchesBalances();
    }

    @Test
    void counting_a_posted_or_cancelled_stocktake_is_a_conflict() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        manager.receive(tea, brand.storeId(), 10);
        Reply posted = start(manager, brand.storeId());
        count(manager, posted.id(), tea, 9);
        post(manager, posted.id());
        Reply cancelled = start(manager, brand.storeId());
        assertThat(api.post(STOCKTAKES + "/" + cancelled.id() + "/cancel", manager.token(), Map.of()).status())
                .isEqualTo(200);

        assertThat(count(manager, posted.id(), tea, 1).status()).isEqualTo(409);
        assertThat(post(manager, posted.id()).status()).isEqualTo(409);
        assertThat(count(manager, cancelled.id(), tea, 1).status()).isEqualTo(409);
        assertThat(post(manager, cancelled.id()).status()).isEqualTo(409);
        assertThat(manager.balance(tea, brand.storeId())).containsExactly(9, 0, 9);
    }

    @Test
    void a_negative_count_or_a_sku_off_the_sheet_is_rejected_naming_the_field_and_changes_nothing() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        manager.receive(tea, brand.storeId(), 10);
        Reply started = start(manager, brand.storeId());
        count(manager, started.id(), tea, 7);

        Reply negative = count(manager, started.id(), tea, -1);
        Reply offSheet = count(manager, started.id(), UUID.randomUUID(), 1);

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().get("errors").findValuesAsString("field")).containsExactly("lines[0].countedQuantity");
        assertThat(offSheet.status()).isEqualTo(400);
        assertThat(offSheet.body().get("errors").findValuesAsString("field")).containsExactly("lines[0].skuId");
        JsonNode line = api.get(STOCKTAKES + "/" + started.id(), manager.token()).body().get("lines").get(0);
        assertThat(line.get("countedQuantity").asLong()).isEqualTo(7);
        assertThat(manager.balance(tea, brand.storeId())).containsExactly(10, 0, 10);
    }

    @Test
    void posting_that_would_leave_less_on_hand_than_is_reserved_is_refused_naming_the_line() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        manager.receive(tea, brand.storeId(), 5);
        Reply started = start(manager, brand.storeId());
        assertThat(as(brand, "cashier").reserveOne("WEB-1", tea, brand.storeId(), 4).status()).isEqualTo(201);
        count(manager, started.id(), tea, 2);

        Reply posted = post(manager, started.id());

        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.body().get("errors").findValuesAsString("field")).containsExactly("lines[0].countedQuantity");
        assertThat(manager.balance(tea, brand.storeId())).containsExactly(5, 4, 1);
        assertThat(api.get(STOCKTAKES + "/" + started.id(), manager.token()).body().get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void another_stores_manager_can_neither_see_nor_start_nor_count_a_stocktake_of_this_store() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient manager = as(brand, "manager");
        StockClient other = as(brand, "othermanager");
        manager.receive(tea, brand.storeId(), 10);
        Reply started = start(manager, brand.storeId());

        assertThat(api.get(STOCKTAKES + "/" + started.id(), other.token()).status()).isEqualTo(404);
        assertThat(count(other, started.id(), tea, 1).status()).isEqualTo(404);
        assertThat(post(other, started.id()).status()).isEqualTo(404);
        assertThat(start(other, brand.storeId()).status()).isEqualTo(404);
        assertThat(api.get(STOCKTAKES, other.token()).body().get("items").size()).isZero();
        assertThat(api.get(STOCKTAKES + "?status=OPEN", manager.token()).body().get("items").size()).isEqualTo(1);
        assertThat(manager.balance(tea, brand.storeId())).containsExactly(10, 0, 10);
    }
}

package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.card;
import static io.oneshelf.pos.PosClient.cash;
import static io.oneshelf.pos.PosClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Shifts and sales at a till: cash in the drawer, split tenders, one order per device sale, hand discounts. */
class PosSaleApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private StorefrontFixture shop;
    private PosClient cashier;
    private StockClient stock;
    private String till;
    private UUID tea;

    @BeforeEach
    void aTillAtAStoreSellingTea() {
        shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        tea = shop.tea();
        stock = new StockClient(api, shop.admin());
        till = new PosClient(api, shop.admin()).aTill(shop.brand().storeId(), "T1");
        cashier = new PosClient(api, api.login(shop.brand().login("cashier"), BrandFixture.PASSWORD));
    }

    @Test
    void a_shift_closes_with_the_cash_expected_counted_and_over_or_short() {
        String shift = cashier.openShift(till, 10_000);
        assertThat(api.post(PosClient.POS + "/tills/" + till + "/shifts", cashier.token(), Map.of("floatFen", 0))
                .raw()).contains("\"tillId\"", "409");

        // two teas at ¥15: ¥20 cash (¥50 handed over, ¥30 change) and ¥10 by card
        Reply sale = cashier.sell(till, UUID.randomUUID(), List.of(line(tea, 2)), List.of(cash(2000, 5000),
                card(1000)));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.body().get("channel").asString()).isEqualTo("POS");
        assertThat(sale.body().get("fulfilment").asString()).isEqualTo("IN_STORE");
        assertThat(sale.body().get("status").asString()).isEqualTo("COMPLETED");
        JsonNode open = cashier.report(shift);
        assertThat(open.get("salesCount").asLong()).isEqualTo(1);
        assertThat(open.get("salesFen").asLong()).isEqualTo(3000);
        assertThat(PosClient.tender(open, "CASH").get("salesFen").asLong()).isEqualTo(2000);
        assertThat(PosClient.tender(open, "CARD").get("salesFen").asLong()).isEqualTo(1000);
        assertThat(open.get("expectedCashFen").asLong()).as("float + ¥50 taken − ¥30 change").isEqualTo(12_000);
        assertThat(open.get("overShortFen").isNull()).isTrue();

        // ¥100 + ¥10 + ¥5 + 4 × ¥1 = ¥119: a yuan short
        Reply closed = api.post(PosClient.POS + "/shifts/" + shift + "/close", cashier.token(), Map.of("counted",
                List.of(count(10000, 1), count(1000, 1), count(500, 1), count(100, 4)), "note", "busy day"));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("expectedCashFen").asLong()).isEqualTo(12_000);
        assertThat(closed.body().get("countedCashFen").asLong()).isEqualTo(11_900);
        assertThat(closed.body().get("overShortFen").asLong()).isEqualTo(-100);
        assertThat(api.post(PosClient.POS + "/shifts/" + shift + "/close", cashier.token(),
                Map.of("counted", List.of())).status()).isEqualTo(409);
        Reply none = cashier.sell(till, UUID.randomUUID(), List.of(line(tea, 1)), List.of(cash(1500, 1500)));
        assertThat(none.status()).as(none.toString()).isEqualTo(409);
        assertThat(none.raw()).contains("\"tillId\"");
        assertThat(api.get(PosClient.POS + "/tills/" + till + "/shift", cashier.token()).status()).isEqualTo(404);
    }

    @Test
    void the_same_client_sale_id_twice_is_one_order() {
        cashier.openShift(till, 0);
        UUID clientSaleId = UUID.randomUUID();

        Reply first = cashier.sell(till, clientSaleId, List.of(line(tea, 1)), List.of(cash(1500, 2000)));
        Reply again = cashier.sell(till, clientSaleId, List.of(line(tea, 1)), List.of(cash(1500, 2000)));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(brands.count("sales_order", shop.brand().tenantId())).isEqualTo(1);
        assertThat(stock.balance(tea, shop.brand().storeId())[0]).isEqualTo(9);
        stock.assertLedgerMatchesBalances();
    }

    @Test
    void a_hand_discount_beyond_the_cashiers_limit_is_refused_on_its_line_and_changes_nothing() {
        String shift = cashier.openShift(till, 0);
        // a cashier takes at most 10 % of the line's ¥30 off: ¥3.00
        Reply over = cashier.sell(till, UUID.randomUUID(), List.of(Map.of("skuId", tea, "quantity", 2,
                "discountFen", 301)), List.of(cash(2699, 2699)));

        assertThat(over.status()).as(over.toString()).isEqualTo(400);
        assertThat(over.raw()).contains("lines[0].discountFen");
        assertThat(brands.count("sales_order", shop.brand().tenantId())).isZero();
        assertThat(stock.balance(tea, shop.brand().storeId())[0]).isEqualTo(10);
        assertThat(cashier.report(shift).get("salesCount").asLong()).isZero();

        Reply within = cashier.sell(till, UUID.randomUUID(), List.of(Map.of("skuId", tea, "quantity", 2,
                "discountFen", 300)), List.of(cash(2700, 3000)));
        assertThat(within.status()).as(within.toString()).isEqualTo(201);
        assertThat(within.body().get("total").asLong()).isEqualTo(2700);
        assertThat(within.body().get("lines").get(0).get("discount").asLong()).isEqualTo(300);
        assertThat(within.body().get("discounts").get(0).get("kind").asString()).isEqualTo("MANUAL");
        assertThat(within.body().get("discounts").get(0).get("amount").asLong()).isEqualTo(300);
    }

    @Test
    void a_manager_may_take_more_off_by_hand_than_a_cashier() {
        PosClient manager = new PosClient(api, api.login(shop.brand().login("manager"), BrandFixture.PASSWORD));
        manager.openShift(till, 0);

        Reply sale = manager.sell(till, UUID.randomUUID(), List.of(Map.of("skuId", tea, "quantity", 2,
                "discountFen", 900)), List.of(card(2100)));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.body().get("total").asLong()).isEqualTo(2100);
    }

    static Map<String, Object> count(long denomination, long count) {
        return Map.of("denominationFen", denomination, "count", count);
    }
}

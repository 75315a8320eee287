package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.card;
import static io.oneshelf.pos.PosClient.cash;
import static io.oneshelf.pos.PosClient.count;
import static io.oneshelf.pos.PosClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Shifts and sales at a till: cash in the drawer, split tenders, one order per device sale, hand discounts. */
class PosSaleApiTest extends PosApiTest {

    private UUID tea;

    @BeforeEach
    void tea() {
        tea = pos.tea();
    }

    @Test
    void a_shift_closes_with_the_cash_expected_counted_and_over_or_short() {
        String shift = pos.openShift(10_000);
        assertThat(api.post(pos.tillPath("/shifts"), pos.cashier().token(), Map.of("floatFen", 0))
                .raw()).contains("\"tillId\"", "409");

        // two teas at ¥15: ¥20 cash (¥50 handed over, ¥30 change) and ¥10 by card
        Reply sale = pos.sell(UUID.randomUUID(), List.of(line(tea, 2)), List.of(cash(2000, 5000),
                card(1000)));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.body().get("channel").asString()).isEqualTo("POS");
        assertThat(sale.body().get("fulfilment").asString()).isEqualTo("IN_STORE");
        assertThat(sale.body().get("status").asString()).isEqualTo("COMPLETED");
        JsonNode open = pos.cashier().report(shift);
        assertThat(open.get("salesCount").asLong()).isEqualTo(1);
        assertThat(open.get("salesFen").asLong()).isEqualTo(3000);
        assertThat(PosClient.tender(open, "CASH").get("salesFen").asLong()).isEqualTo(2000);
        assertThat(PosClient.tender(open, "CARD").get("salesFen").asLong()).isEqualTo(1000);
        assertThat(open.get("expectedCashFen").asLong()).as("float + ¥50 taken − ¥30 change").isEqualTo(12_000);
        assertThat(open.get("overShortFen").isNull()).isTrue();

        // ¥100 + ¥10 + ¥5 + 4 × ¥1 = ¥119: a yuan short
        Reply closed = api.post(PosClient.POS + "/shifts/" + shift + "/close", pos.cashier().token(),
                Map.of("counted", List.of(count(10000, 1), count(1000, 1), count(500, 1), count(100, 4)),
                        "note", "busy day"));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("expectedCashFen").asLong()).isEqualTo(12_000);
        assertThat(closed.body().get("countedCashFen").asLong()).isEqualTo(11_900);
        assertThat(closed.body().get("overShortFen").asLong()).isEqualTo(-100);
        assertThat(pos.cashier().close(shift, List.of()).status()).isEqualTo(409);
        Reply none = pos.sell(UUID.randomUUID(), List.of(line(tea, 1)), List.of(cash(1500, 1500)));
        assertThat(none.status()).as(none.toString()).isEqualTo(409);
        assertThat(none.raw()).contains("\"tillId\"");
        assertThat(api.get(pos.tillPath("/shift"), pos.cashier().token()).status()).isEqualTo(404);
    }

    @Test
    void the_same_client_sale_id_twice_is_one_order() {
        pos.openShift(0);
        UUID clientSaleId = UUID.randomUUID();

        Reply first = pos.sell(clientSaleId, List.of(line(tea, 1)), List.of(cash(1500, 2000)));
        Reply again = pos.sell(clientSaleId, List.of(line(tea, 1)), List.of(cash(1500, 2000)));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isEqualTo(1);
        assertThat(pos.teaInStock()).isEqualTo(9);
        pos.stock().assertLedgerMatchesBalances();
    }

    @Test
    void a_hand_discount_beyond_the_cashiers_limit_is_refused_on_its_line_and_changes_nothing() {
        String shift = pos.openShift(0);
        // a cashier takes at most 10 % of the line's ¥30 off: ¥3.00
        Reply over = pos.sell(UUID.randomUUID(), List.of(Map.of("skuId", tea, "quantity", 2,
                "discountFen", 301)), List.of(cash(2699, 2699)));

        assertThat(over.status()).as(over.toString()).isEqualTo(400);
        assertThat(over.raw()).contains("lines[0].discountFen");
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isZero();
        assertThat(pos.teaInStock()).isEqualTo(10);
        assertThat(pos.cashier().report(shift).get("salesCount").asLong()).isZero();

        Reply within = pos.sell(UUID.randomUUID(), List.of(Map.of("skuId", tea, "quantity", 2,
                "discountFen", 300)), List.of(cash(2700, 3000)));
        assertThat(within.status()).as(within.toString()).isEqualTo(201);
        assertThat(within.body().get("total").asLong()).isEqualTo(2700);
        assertThat(within.body().get("lines").get(0).get("discount").asLong()).isEqualTo(300);
        assertThat(within.body().get("discounts").get(0).get("kind").asString()).isEqualTo("MANUAL");
        assertThat(within.body().get("discounts").get(0).get("amount").asLong()).isEqualTo(300);
    }

    @Test
    void a_manager_may_take_more_off_by_hand_than_a_cashier() {
        PosClient manager = pos.as("manager");
        manager.openShift(pos.till(), 0);

        Reply sale = manager.sell(pos.till(), UUID.randomUUID(), List.of(Map.of("skuId", tea, "quantity", 2,
                "discountFen", 900)), List.of(card(2100)));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.body().get("total").asLong()).isEqualTo(2100);
    }
}

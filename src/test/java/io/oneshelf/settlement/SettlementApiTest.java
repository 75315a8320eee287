package io.oneshelf.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SettlementApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private SettlementFixture f;
    private String admin;

    @BeforeEach
    void aBrandWhoseOnlineOrdersUseItsFranchiseesStock() {
        f = new SettlementFixture(api, brands, skus);
        admin = f.admin;
    }

    @Test
    void a_brand_order_served_from_a_franchisees_stock_makes_the_brand_owe_it_and_a_return_reverses_part() {
        Reply rate = api.put("/api/v1/settlement-rules", admin, Map.of("ratePercent", 90, "version", 0));
        assertThat(rate.status()).as(rate.toString()).isEqualTo(200);
        assertThat(rate.body().get("version").asInt()).isEqualTo(1);

        String order = f.aPaidDelivery(f.login("guide"), f.tea, 2);

        JsonNode owed = f.entriesOf(order, admin, 1).get(0);
        assertThat(owed.get("kind").asString()).isEqualTo("OBLIGATION");
        assertThat(owed.get("cause").asString()).isEqualTo("PAID");
        assertThat(owed.get("placeId").asString()).isEqualTo(f.brand.otherStoreId().toString());
        assertThat(owed.get("debtor").get("kind").asString()).isEqualTo("BRAND");
        assertThat(owed.get("debtor").get("id").asString()).isEqualTo(f.brand.tenantId().toString());
        assertThat(owed.get("creditor").get("kind").asString()).isEqualTo("FRANCHISEE");
        assertThat(owed.get("creditor").get("id").asString()).isEqualTo(f.brand.franchiseeId().toString());
        assertThat(owed.get("creditor").get("name").asString()).isEqualTo("Franchisee " + f.brand.code());
        assertThat(owed.get("quantity").asLong()).isEqualTo(2);
        assertThat(owed.get("baseAmount").asLong()).isEqualTo(3000);
        assertThat(owed.get("ratePercent").asInt()).isEqualTo(90);
        assertThat(owed.get("amount").asLong()).isEqualTo(2700);

        Reply back = api.post("/api/v1/orders/" + order + "/returns", admin, Map.of("placeId",
                f.brand.otherStoreId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        JsonNode reversed = f.entriesOf(order, admin, 2).get(1);
        assertThat(reversed.get("kind").asString()).isEqualTo("REVERSAL");
        assertThat(reversed.get("cause").asString()).isEqualTo("RETURNED");
        assertThat(reversed.get("causeId").asString()).isEqualTo(back.id());
        assertThat(reversed.get("correctsId").asString()).isEqualTo(owed.get("id").asString());
        assertThat(reversed.get("quantity").asLong()).isEqualTo(-1);
        assertThat(reversed.get("baseAmount").asLong()).isEqualTo(-1500);
        assertThat(reversed.get("amount").asLong()).isEqualTo(-1350);

        JsonNode report = api.get("/api/v1/settlements/report", admin).body();
        assertThat(report.get("pairs")).singleElement().satisfies(p -> {
            assertThat(p.get("debtor").get("kind").asString()).isEqualTo("BRAND");
            assertThat(p.get("creditor").get("kind").asString()).isEqualTo("FRANCHISEE");
            assertThat(p.get("owed").asLong()).isEqualTo(1350);
            assertThat(p.get("owedBack").asLong()).isZero();
            assertThat(p.get("net").asLong()).isEqualTo(1350);
            assertThat(p.get("entries").asLong()).isEqualTo(2);
        });
        JsonNode check = api.get("/api/v1/settlements/check", admin).body();
        assertThat(check.get("ordersChecked").asInt()).isEqualTo(1);
        assertThat(check.get("differences").size()).isZero();
    }

    @Test
    void a_franchisees_order_served_from_the_brands_warehouse_makes_it_owe_the_brand_until_it_is_cancelled() {
        String franchiseStore = f.login("othermanager");
        String order = f.aPaidDelivery(franchiseStore, f.cake, 1);

        JsonNode owed = f.entriesOf(order, admin, 1).get(0);
        assertThat(owed.get("placeId").asString()).isEqualTo(f.brand.warehouseId().toString());
        assertThat(owed.get("debtor").get("id").asString()).isEqualTo(f.brand.franchiseeId().toString());
        assertThat(owed.get("creditor").get("id").asString()).isEqualTo(f.brand.tenantId().toString());
        assertThat(owed.get("ratePercent").asInt()).isEqualTo(100);
        assertThat(owed.get("amount").asLong()).isEqualTo(8800);

        Reply cancelled = api.post("/api/v1/orders/" + order + "/cancel", admin, Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        JsonNode reversed = f.entriesOf(order, admin, 2).get(1);
        assertThat(reversed.get("cause").asString()).isEqualTo("CANCELLED");
        assertThat(reversed.get("amount").asLong()).isEqualTo(-8800);
        JsonNode pair = api.get("/api/v1/settlements/report", admin).body().get("pairs").get(0);
        assertThat(pair.get("net").asLong()).isZero();
        assertThat(pair.get("entries").asLong()).isEqualTo(2);
    }

    @Test
    void both_ways_net_out_in_one_row_and_each_franchisee_sees_only_its_own() {
        String brandOrder = f.aPaidDelivery(f.login("guide"), f.tea, 1);
        String franchiseOrder = f.aPaidDelivery(f.login("othermanager"), f.cake, 1);
        f.entriesOf(brandOrder, admin, 1);
        f.entriesOf(franchiseOrder, admin, 1);

        JsonNode pairs = api.get("/api/v1/settlements/report", admin).body().get("pairs");
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.get("debtor").get("kind").asString()).isEqualTo("FRANCHISEE");
            assertThat(p.get("owed").asLong()).isEqualTo(8800);
            assertThat(p.get("owedBack").asLong()).isEqualTo(1500);
            assertThat(p.get("net").asLong()).isEqualTo(7300);
        });
        String franchisee = f.login("franchisee");
        assertThat(api.get("/api/v1/settlements", franchisee).body().get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/settlements/report", franchisee).body().get("pairs").get(0).get("net")
                .asLong()).isEqualTo(7300);
        // a store's account sees the lines of its place: none at the brand's store one, the tea at store two
        assertThat(api.get("/api/v1/settlements", f.login("manager")).body().get("items").size()).isZero();
        assertThat(api.get("/api/v1/settlements", f.login("othermanager")).body().get("items"))
                .singleElement().satisfies(e -> assertThat(e.get("orderId").asString()).isEqualTo(brandOrder));
        assertThat(api.get("/api/v1/settlements", f.login("cashier")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/settlements", login(brands.aBrand())).body().get("items").size()).isZero();

        JsonNode events = Eventually.until("both entries in the event feed", SettlementFixture.WAIT,
                () -> api.get("/api/v1/events?types=settlement.entry.recorded", admin).body(),
                page -> page.get("items").size() == 2);
        assertThat(events.get("items").get(0).get("data").get("orderId").asString()).isIn(brandOrder, franchiseOrder);
    }

    @Test
    void an_order_sold_from_its_sellers_own_stock_settles_nothing() {
        String franchiseStore = f.login("othermanager");
        Reply sale = api.post("/api/v1/orders", franchiseStore, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", f.brand.otherStoreId(), "lines", List.of(Map.of("skuId", f.tea, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500, "cashTendered", 1500))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        // a later order that does settle: once its entry is there, the till sale's events were handled too
        String later = f.aPaidDelivery(f.login("guide"), f.tea, 1);
        f.entriesOf(later, admin, 1);

        assertThat(f.entries(sale.id(), admin)).isEmpty();
        JsonNode check = api.get("/api/v1/settlements/check?orderId=" + sale.id(), admin).body();
        assertThat(check.get("ordersChecked").asInt()).isEqualTo(1);
        assertThat(check.get("differences").size()).isZero();
    }

    @Test
    void the_check_finds_a_line_whose_entries_no_longer_add_up() {
        String order = f.aPaidDelivery(f.login("guide"), f.tea, 2);
        JsonNode owed = f.entriesOf(order, admin, 1).get(0);
        // a stray correction written behind the ledger's back
        brands.jdbc().sql("""
                insert into settlement_entry (id, tenant_id, kind, cause, cause_id, order_id, order_number,
                    order_channel, line_index, sku_id, sku_code, place_id, debtor_kind, debtor_id, creditor_kind,
                    creditor_id, quantity, base_amount, rate_percent, amount, corrects_id, recorded_at)
                select gen_random_uuid(), tenant_id, 'REVERSAL', 'RETURNED', order_id, order_id, order_number,
                    order_channel, line_index, sku_id, sku_code, place_id, debtor_kind, debtor_id, creditor_kind,
                    creditor_id, 0, 0, rate_percent, -100, id, now()
                from settlement_entry where id = :id""").param("id", UUID.fromString(owed.get("id").asString()))
                .update();

        JsonNode check = api.get("/api/v1/settlements/check", admin).body();

        assertThat(check.get("differences")).singleElement().satisfies(d -> {
            assertThat(d.get("orderId").asString()).isEqualTo(order);
            assertThat(d.get("expectedAmount").asLong()).isEqualTo(3000);
            assertThat(d.get("recordedAmount").asLong()).isEqualTo(2900);
        });
    }

    @Test
    void the_ledger_refuses_to_be_rewritten() {
        String order = f.aPaidDelivery(f.login("guide"), f.tea, 1);
        String id = f.entriesOf(order, admin, 1).get(0).get("id").asString();

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> brands.jdbc()
                .sql("update settlement_entry set amount = 0 where id = :id").param("id", UUID.fromString(id))
                .update());

        assertThat(refused).hasMessageContaining("append-only");
    }

    @Test
    void periods_and_rates_out_of_range_are_refused_on_their_field() {
        Reply backwards = api.get("/api/v1/settlements/report?from=2026-02-01&to=2026-01-31", admin);
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
        assertThat(backwards.raw()).contains("\"to\"");
        Reply tooLong = api.get("/api/v1/settlements?from=2024-01-01&to=2026-01-01", admin);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.raw()).contains("\"to\"");
        Reply notADate = api.get("/api/v1/settlements/check?from=yesterday", admin);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.raw()).contains("\"from\"");

        Reply zero = api.put("/api/v1/settlement-rules", admin, Map.of("ratePercent", 0, "version", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.raw()).contains("\"ratePercent\"");
        Reply stale = api.put("/api/v1/settlement-rules", admin, Map.of("ratePercent", 80, "version", 3));
        assertThat(stale.status()).isEqualTo(409);
        Reply notHq = api.put("/api/v1/settlement-rules", f.login("franchisee"), Map.of("ratePercent", 10,
                "version", 0));
        assertThat(notHq.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/settlement-rules", f.login("franchisee")).body().get("ratePercent").asInt())
                .isEqualTo(100);
    }

    @Test
    void the_default_period_is_this_month_in_the_brands_time_zone() {
        JsonNode report = api.get("/api/v1/settlements/report", admin).body();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(report.get("from").asString()).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(report.get("to").asString()).isEqualTo(today.toString());
        assertThat(report.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(report.get("pairs").size()).isZero();
    }

    private String login(io.oneshelf.support.BrandFixture.Brand other) {
        return api.login(other.login("admin"), io.oneshelf.support.BrandFixture.PASSWORD);
    }
}

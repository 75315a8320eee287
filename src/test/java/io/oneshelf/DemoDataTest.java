package io.oneshelf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo brand as a newcomer meets it: a tea-and-bakery catalog with barcodes, prices and stock everywhere. */
class DemoDataTest extends ApiTest {

    /** How many orders awaiting payment the demo gives its guide. */
    private static final int OPEN_GUIDE_ORDERS = 3;

    private String admin;

    @BeforeEach
    void signIn() {
        admin = api.login("admin@demo", "Demo@2026");
    }

    @Test
    void the_demo_brand_sells_about_sixty_products_in_about_two_hundred_variants() {
        List<JsonNode> products = allProducts();
        assertThat(products).hasSizeGreaterThanOrEqualTo(55);
        assertThat(products.stream().mapToInt(p -> p.get("skuCount").asInt()).sum()).isGreaterThanOrEqualTo(180);
        assertThat(products).allMatch(p -> p.get("status").asString().equals("ON_SHELF"));
    }

    @Test
    void milk_teas_are_found_by_a_chinese_fragment_and_come_in_cup_sizes_and_temperatures() {
        JsonNode milkTeas = products("q=" + encode("奶茶")).get("items");
        assertThat(milkTeas.size()).isGreaterThanOrEqualTo(8);
        milkTeas.forEach(p -> assertThat(p.get("name").asString()).contains("奶茶"));
        JsonNode pearl = pearlMilkTea();
        assertThat(pearl.get("skus").findValuesAsString("name"))
                .contains("珍珠奶茶 中杯 冰", "珍珠奶茶 中杯 热", "珍珠奶茶 大杯 冰", "珍珠奶茶 大杯 热");
    }

    @Test
    void a_printed_barcode_resolves_to_its_sku() {
        JsonNode sku = pearlMilkTea().get("skus").get(0);
        String barcode = sku.get("barcodes").get(0).asString();
        assertThat(barcode).hasSize(13).startsWith("693");

        Reply scanned = api.get("/api/v1/barcodes/" + barcode, admin);
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(200);
        assertThat(scanned.body().get("skuId").asString()).isEqualTo(sku.get("id").asString());
    }

    @Test
    void every_demo_order_counts_on_the_dashboard_on_the_day_it_was_dated() {
        int orders = brands.jdbc().sql("select count(*) from sales_order o join tenant t on t.id = o.tenant_id"
                + " where t.code = 'demo'").query(Integer.class).single();
        // the rows are written by the order events' listeners, after the demo's transactions commit
        int misplaced = io.oneshelf.support.Eventually.until("every demo order's dashboard row",
                java.time.Duration.ofSeconds(30), () -> brands.jdbc().sql("""
                        select count(*) from sales_order o join tenant t on t.id = o.tenant_id
                        left join sales_day_order d on d.tenant_id = o.tenant_id and d.order_id = o.id
                        where t.code = 'demo'
                          and (d.order_id is null or d.day <> cast(o.created_at at time zone t.time_zone as date))""")
                        .query(Integer.class).single(), n -> n == 0);

        assertThat(orders).isGreaterThan(100);
        assertThat(misplaced).as("demo orders without their dashboard row on their own day").isZero();
    }

    @Test
    void every_demo_store_has_a_till_and_the_flagships_has_closed_days_and_an_open_shift() {
        Reply tills = api.get("/api/v1/pos/tills", admin);
        assertThat(tills.status()).as(tills.toString()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        tills.body().get("items").forEach(all::add);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        JsonNode flagship = all.stream().filter(t -> !t.get("openShiftId").isNull()).findFirst().orElseThrow();
        JsonNode open = api.get("/api/v1/pos/shifts/" + flagship.get("openShiftId").asString(), admin).body();
        assertThat(open.get("salesCount").asLong()).isGreaterThanOrEqualTo(3);

        Reply closed = api.get("/api/v1/pos/shifts?status=CLOSED&tillId=" + flagship.get("id").asString(), admin);
        assertThat(closed.body().get("items").size()).isGreaterThanOrEqualTo(2);
        JsonNode day = api.get("/api/v1/pos/shifts/" + closed.body().get("items").get(0).get("id").asString(), admin)
                .body();
        assertThat(day.get("salesCount").asLong()).isPositive();
        assertThat(day.get("overShortFen").asLong()).isEqualTo(-100);
    }

    @Test
    void every_location_holds_stock_that_the_ledger_accounts_for() {
        Reply reconciliation = api.get("/api/v1/stock/reconciliation", admin);
        assertThat(reconciliation.status()).isEqualTo(200);
        assertThat(reconciliation.body().get("differences").size()).isZero();
        assertThat(reconciliation.body().get("balancesChecked").asInt()).isGreaterThanOrEqualTo(4 * 180);
    }

    @Test
    void the_demo_brand_has_sold_at_its_tills_and_through_its_guides_over_the_last_weeks() {
        Reply tills = api.get("/api/v1/orders?channel=POS&limit=200", admin);
        assertThat(tills.status()).as(tills.toString()).isEqualTo(200);
        assertThat(tills.body().get("items").size()).isGreaterThan(20);
        assertThat(tills.body().get("items").get(0).get("status").asString()).isEqualTo("COMPLETED");
        Reply guides = api.get("/api/v1/orders?channel=GUIDE&limit=200", admin);
        assertThat(guides.body().get("items").size()).isGreaterThanOrEqualTo(10);
        List<JsonNode> guideOrders = new ArrayList<>();
        guides.body().get("items").forEach(guideOrders::add);
        assertThat(guideOrders).anyMatch(o -> o.get("paid").asLong() > 0);
        String weeksAgo = java.time.OffsetDateTime.now().minusDays(30).toString();
        String twoWeeksAgo = java.time.OffsetDateTime.now().minusDays(14).toString();
        Reply old = api.get("/api/v1/orders?from=" + java.net.URLEncoder.encode(weeksAgo, java.nio.charset.StandardCharsets.UTF_8)
                + "&to=" + java.net.URLEncoder.encode(twoWeeksAgo, java.nio.charset.StandardCharsets.UTF_8), admin);
        assertThat(old.status()).as(old.toString()).isEqualTo(200);
        assertThat(old.body().get("items").size()).as("orders more than two weeks old").isPositive();
    }

    @Test
    void the_demo_franchisee_owes_the_brand_for_the_cakes_its_manager_sold_from_the_warehouse() {
        String franchisee = api.login("franchisee@demo", "Demo@2026");
        JsonNode pair = io.oneshelf.support.Eventually.until("the demo's settlement", java.time.Duration.ofSeconds(30),
                () -> api.get("/api/v1/settlements/report", franchisee).body().get("pairs"),
                // four cake lines, and 张伟's drink paid at the brand's store with the franchisee's stored value
                pairs -> pairs.size() == 1 && pairs.get(0).get("entries").asLong() == 5).get(0);
        assertThat(pair.get("debtor").get("name").asString()).isEqualTo("浦东甜品餐饮管理有限公司");
        assertThat(pair.get("creditor").get("kind").asString()).isEqualTo("BRAND");
        assertThat(pair.get("net").asLong()).isPositive();
        assertThat(api.get("/api/v1/settlements/check", admin).body().get("differences").size()).isZero();
    }

    @Test
    void the_demo_guide_has_orders_of_customers_to_be_paid_by_link() {
        String guide = api.login("guide.jingan@demo", "Demo@2026");
        Reply own = api.get("/api/v1/orders?limit=50", guide);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.body().get("items").size()).as("the guide's own orders").isGreaterThan(OPEN_GUIDE_ORDERS);
        // the newest are those the demo leaves awaiting payment (until the brand's unpaid time cancels them)
        JsonNode newest = own.body().get("items").get(0);
        assertThat(newest.get("channel").asString()).isEqualTo("GUIDE");
        assertThat(newest.get("customerId").isNull()).isFalse();
        assertThat(newest.get("status").asString()).isIn("CREATED", "CANCELLED");
        Reply link = api.get("/api/v1/orders/" + newest.get("id").asString() + "/pay-link", guide);
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.body().get("url").asString())
                .endsWith("/shop.html#/demo/orders/" + newest.get("id").asString());
        assertThat(link.body().get("payable").asBoolean())
                .isEqualTo(newest.get("status").asString().equals("CREATED"));
    }

    @Test
    void the_demo_bakery_makes_its_strawberry_cake_to_order_and_stores_have_cakes_booked_for_the_coming_days() {
        Reply made = api.get("/api/v1/made-to-order", admin);
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.body().size()).isEqualTo(1);
        assertThat(made.body().get(0).get("leadHours").asInt()).isEqualTo(24);
        Reply slots = api.get("/api/v1/pickup-slots", admin);
        assertThat(slots.body().size()).as("three slots a day at every open store").isGreaterThanOrEqualTo(3);
        List<String> stores = new ArrayList<>();
        slots.body().forEach(s -> {
            if (!stores.contains(s.get("storeId").asString())) {
                stores.add(s.get("storeId").asString());
            }
        });
        int booked = 0;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (String store : stores) {
            for (int day = 2; day <= 4; day++) {
                Reply list = api.get("/api/v1/production?storeId=" + store + "&date=" + today.plusDays(day), admin);
                assertThat(list.status()).as(list.toString()).isEqualTo(200);
                booked += list.body().size();
            }
        }
        assertThat(booked).as("cakes the demo guide booked").isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_drink_can_be_sold_online() {
        String skuId = pearlMilkTea().get("skus").get(0).get("id").asString();
        Reply online = api.get("/api/v1/stock/online/" + skuId, admin);
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        assertThat(online.body().get("onlineSellable").asLong()).isPositive();
    }

    @Test
    void a_sku_resolves_to_its_list_price_and_a_gold_member_pays_less_for_a_cake() {
        String drink = pearlMilkTea().get("skus").get(0).get("id").asString();
        JsonNode price = api.get("/api/v1/prices/resolve?skuId=" + drink, admin).body();
        assertThat(price.get("rule").asString()).isEqualTo("LIST");
        assertThat(price.get("priceFen").asLong()).isBetween(1500L, 2800L);

        JsonNode cake = products("q=" + encode("草莓奶油蛋糕")).get("items").get(0);
        String cakeSku = api.get("/api/v1/products/" + cake.get("id").asString(), admin).body()
                .get("skus").get(0).get("id").asString();
        JsonNode gold = api.get("/api/v1/prices/resolve?tierCode=GOLD&skuId=" + cakeSku, admin).body();
        assertThat(gold.get("rule").asString()).isEqualTo("TIER");
        assertThat(gold.get("priceFen").asLong()).isBetween(9800L, 26800L);
    }

    @Test
    void the_regulars_bought_ten_drink_cards_online_some_used_at_the_store_and_one_refunded() {
        JsonNode plans = api.get("/api/v1/voucher-plans", admin).body().get("items");
        List<JsonNode> cards = new ArrayList<>();
        plans.forEach(p -> {
            if ("奶茶 10 杯卡".equals(p.get("productName").asString())) {
                cards.add(p);
            }
        });
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("uses").asInt()).isEqualTo(10);

        List<JsonNode> vouchers = new ArrayList<>();
        io.oneshelf.support.Eventually.until("the demo's vouchers", java.time.Duration.ofSeconds(30),
                () -> api.get("/api/v1/vouchers?limit=50", admin).body().get("items"),
                items -> items.size() >= 7).forEach(vouchers::add);
        assertThat(vouchers).allMatch(v -> v.get("skuName").asString().equals("奶茶 10 杯卡"));
        assertThat(vouchers).filteredOn(v -> v.get("status").asString().equals("REFUNDED")).hasSize(1)
                .allMatch(v -> v.get("refundAmount").asLong() > 0 && v.get("redeemed").asInt() > 0);
        assertThat(vouchers).filteredOn(v -> v.get("status").asString().equals("USED_UP")).isNotEmpty();
        assertThat(vouchers).filteredOn(v -> v.get("status").asString().equals("ACTIVE")
                && v.get("redeemed").asInt() > 0).isNotEmpty();
        assertThat(vouchers).as("bought over the weeks").anyMatch(v -> java.time.OffsetDateTime
                .parse(v.get("issuedAt").asString()).isBefore(java.time.OffsetDateTime.now().minusDays(14)));

        io.oneshelf.support.Shoppers.Shopper regular = io.oneshelf.support.Shoppers.signIn(api, "demo",
                "13900000001");
        Reply own = api.get(regular.path("/me/vouchers"), regular.accessToken());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.body().get("items").size()).isPositive();
    }

    private JsonNode pearlMilkTea() {
        JsonNode found = products("q=" + encode("珍珠奶茶")).get("items");
        String id = null;
        for (JsonNode p : found) {
            if (p.get("name").asString().equals("珍珠奶茶")) {
                id = p.get("id").asString();
            }
        }
        assertThat(id).as("珍珠奶茶 among " + found).isNotNull();
        return api.get("/api/v1/products/" + id, admin).body();
    }

    private List<JsonNode> allProducts() {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = products("limit=20" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(all::add);
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return all;
    }

    private JsonNode products(String query) {
        Reply reply = api.get("/api/v1/products?" + query, admin);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

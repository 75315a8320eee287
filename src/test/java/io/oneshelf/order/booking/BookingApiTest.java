package io.oneshelf.order.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A cake made to order with a 24-hour lead time, booked for a pickup slot of the store: refusals on the right field
 * that change nothing, the last places of a slot under many concurrent bookings, a cancelled order's place freed,
 * and the store making it (production received and sold together) before the pickup code collects it.
 */
class BookingApiTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private String guide;
    private String cashier;
    private UUID cake;
    private UUID tea;
    private String slot;
    private LocalDate inThreeDays;

    @BeforeEach
    void aCakeMadeToOrderAndASlotAtStoreOne() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        cake = skus.aPricedSku(brand, 16800);
        tea = skus.aPricedSku(brand, 1200);
        Reply made = api.put("/api/v1/made-to-order/" + cake, admin, Map.of("madeToOrder", true, "leadHours", 24,
                "version", 0));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.body().get("version").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 10)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        slot = aSlot(brand.storeId(), "10:00", "12:00", 2);
        inThreeDays = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
    }

    @Test
    void a_booked_cake_is_made_by_the_store_and_collected_with_its_pickup_code() {
        Reply placed = order(List.of(line(cake, 1), line(tea, 1)), slot(inThreeDays, slot));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode booking = placed.body().get("booking");
        assertThat(booking.get("date").asString()).isEqualTo(inThreeDays.toString());
        assertThat(booking.get("slotId").asString()).isEqualTo(slot);
        assertThat(booking.get("status").asString()).isEqualTo("BOOKED");
        StockClient stock = new StockClient(api, admin);
        assertThat(stock.balance(tea, brand.storeId())[1]).as("the tea is held").isEqualTo(1);
        assertThat(stock.balance(cake, brand.storeId())).as("no cake exists yet").containsExactly(0, 0, 0);
        assertThat(remaining(inThreeDays, slot)).isEqualTo(1);

        String id = placed.id();
        long total = placed.body().get("total").asLong();
        Reply paid = api.post("/api/v1/orders/" + id + "/payments", guide, Map.of("tender", "CASH", "amount", total,
                "cashTendered", total));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Eventually.until("the store took the order on", WAIT, () -> api.get("/api/v1/orders/" + id, admin).body()
                .get("status").asString(), "FULFILLING"::equals);

        Reply list = api.get("/api/v1/production?storeId=" + brand.storeId() + "&date=" + inThreeDays, cashier);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body().size()).isEqualTo(1);
        JsonNode toMake = list.body().get(0);
        assertThat(toMake.get("makeable").asBoolean()).isTrue();
        assertThat(toMake.get("lines").size()).as("only the cake is made").isEqualTo(1);
        assertThat(toMake.get("lines").get(0).get("index").asInt()).isZero();

        String code = api.get("/api/v1/pickups/" + id, cashier).body().get("code").asString();
        Reply tooEarly = api.post("/api/v1/pickups/verify", cashier, Map.of("code", code));
        assertThat(tooEarly.status()).as("nothing is handed over before it is made: " + tooEarly).isEqualTo(409);

        Reply made = api.post("/api/v1/production/" + id + "/made", cashier, Map.of());
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.body().get("booking").asString()).isEqualTo("MADE");
        assertThat(made.body().get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        assertThat(api.post("/api/v1/production/" + id + "/made", cashier, Map.of()).status())
                .as("a repeat answers it as it is").isEqualTo(200);
        assertThat(stock.balance(cake, brand.storeId())).as("made and sold at once").containsExactly(0, 0, 0);
        assertThat(brands.jdbc().sql("""
                select count(*) from stock_movement where tenant_id = :t and sku_id = :s and reference = :r""")
                .param("t", brand.tenantId()).param("s", cake).param("r", "made:order:" + id).query(Long.class)
                .single()).as("a production receipt and a sale, once").isEqualTo(2);
        stock.assertLedgerMatchesBalances();

        Reply collected = api.post("/api/v1/pickups/verify", cashier, Map.of("code", code));
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + id, admin).body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/payments/check", admin).body().get("differences").size()).isZero();
    }

    @Test
    void each_refusal_names_its_field_and_changes_nothing() {
        String otherStoresSlot = aSlot(brand.otherStoreId(), "10:00", "12:00", 5);
        String midnight = aSlot(brand.storeId(), "00:00", "01:00", 5);
        String single = aSlot(brand.storeId(), "15:00", "16:00", 1);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertThat(order(List.of(line(cake, 1)), slot(inThreeDays, single)).status()).isEqualTo(201);
        String before = state();

        refused(order(List.of(line(cake, 1)), null), 400, "pickupSlot");
        refused(order(List.of(line(tea, 1)), slot(inThreeDays, slot)), 400, "pickupSlot");
        refused(order(List.of(line(cake, 1)), slot(inThreeDays, otherStoresSlot)), 400, "pickupSlot.slotId");
        refused(order(List.of(line(cake, 1)), slot(inThreeDays, UUID.randomUUID().toString())), 400,
                "pickupSlot.slotId");
        refused(order(List.of(line(cake, 1)), slot(inThreeDays.minusDays(5), slot)), 400, "pickupSlot.date");
        refused(order(List.of(line(cake, 1)), slot(tomorrow, midnight)), 400, "pickupSlot.date");
        refused(order(List.of(line(cake, 1), line(tea, 1)), slot(inThreeDays, single)), 409, "pickupSlot.slotId");
        Reply delivered = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "EXPRESS",
                "customerId", UUID.randomUUID(), "lines", List.of(line(cake, 1)), "address", Map.of("recipient",
                        "Li", "phone", "13800000000", "text", "Somewhere 1", "latitude", 31.2, "longitude", 121.4)));
        refused(delivered, 400, "lines[0].skuId");

        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void many_concurrent_bookings_of_the_last_places_never_exceed_the_capacity() {
        String three = aSlot(brand.storeId(), "13:00", "14:00", 3);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 40)).status()).as("tea enough for every try").isEqualTo(201);
        List<CompletableFuture<Reply>> tries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tries.add(CompletableFuture.supplyAsync(() -> order(List.of(line(cake, 1), line(tea, 1)),
                    slot(inThreeDays, three))));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<Reply> t : tries) {
            Reply r = t.join();
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() == 409) {
                assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("pickupSlot.slotId");
            }
        }

        assertThat(statuses).as(statuses.toString()).containsEntry(201, 3).containsEntry(409, 9);
        assertThat(remaining(inThreeDays, three)).isZero();
        assertThat(brands.jdbc().sql("select booked from pickup_slot_day where slot_id = :s")
                .param("s", UUID.fromString(three)).query(Integer.class).single()).isEqualTo(3);
        StockClient stock = new StockClient(api, admin);
        Eventually.until("the refused orders' tea released", WAIT, () -> stock.balance(tea, brand.storeId())[1],
                held -> held == 3);
    }

    @Test
    void a_stock_refusal_names_the_orders_own_line_not_the_holds() {
        Reply short_ = order(List.of(line(cake, 1), line(tea, 11)), slot(inThreeDays, slot));

        assertThat(short_.status()).as(short_.toString()).isEqualTo(409);
        assertThat(short_.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[1].quantity");
        assertThat(remaining(inThreeDays, slot)).as("the refused order took no place").isEqualTo(2);
    }

    @Test
    void a_cancelled_order_frees_its_place() {
        String one = aSlot(brand.storeId(), "17:00", "18:00", 1);
        Reply first = order(List.of(line(cake, 1)), slot(inThreeDays, one));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        refused(order(List.of(line(cake, 1)), slot(inThreeDays, one)), 409, "pickupSlot.slotId");

        Reply cancelled = api.post("/api/v1/orders/" + first.id() + "/cancel", guide, Map.of());

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("booking").get("status").asString()).isEqualTo("RELEASED");
        assertThat(remaining(inThreeDays, one)).isEqualTo(1);
        Reply second = order(List.of(line(cake, 1)), slot(inThreeDays, one));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        List<String> booked = new ArrayList<>();
        api.get("/api/v1/production?storeId=" + brand.storeId() + "&date=" + inThreeDays, cashier).body()
                .forEach(o -> booked.add(o.get("orderId").asString()));
        assertThat(booked).containsExactly(second.id());
    }

    @Test
    void the_shop_shows_slots_and_made_to_order_products_to_anyone() {
        Reply slots = api.get("/api/v1/shop/" + brand.code() + "/pickup-slots?storeId=" + brand.storeId() + "&from="
                              + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "&skuId=" + cake, null);
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        assertThat(slots.body().size()).as("a week of one daily slot").isEqualTo(7);
        assertThat(slots.body().get(0).get("bookable").asBoolean()).as("today is too soon for a cake").isFalse();
        assertThat(slots.body().get(3).get("bookable").asBoolean()).isTrue();
        assertThat(slots.body().get(3).get("remaining").asInt()).isEqualTo(2);

        Reply made = api.get("/api/v1/shop/" + brand.code() + "/made-to-order", null);
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.body().get(0).get("skuId").asString()).isEqualTo(cake.toString());
        assertThat(made.body().get(0).get("leadHours").asInt()).isEqualTo(24);

        Reply tooLong = api.get("/api/v1/shop/" + brand.code() + "/pickup-slots?storeId=" + brand.storeId()
                                + "&from=2030-01-01&to=2030-03-01", null);
        refused(tooLong, 400, "to");
    }

    private String aSlot(UUID store, String starts, String ends, int capacity) {
        Reply created = api.post("/api/v1/pickup-slots", admin, Map.of("storeId", store, "startsAt", starts,
                "endsAt", ends, "capacity", capacity, "days", EVERY_DAY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private int remaining(LocalDate day, String slotId) {
        Reply days = api.get("/api/v1/pickup-slot-days?storeId=" + brand.storeId() + "&from=" + day + "&to=" + day,
                admin);
        assertThat(days.status()).as(days.toString()).isEqualTo(200);
        for (JsonNode d : days.body()) {
            if (d.get("slotId").asString().equals(slotId)) {
                return d.get("remaining").asInt();
            }
        }
        throw new AssertionError("no slot " + slotId + " in " + days);
    }

    private Reply order(List<Map<String, Object>> lines, Map<String, Object> pickupSlot) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId",
                brand.storeId(), "customerId", UUID.randomUUID(), "lines", lines));
        if (pickupSlot != null) {
            body.put("pickupSlot", pickupSlot);
        }
        return api.post("/api/v1/orders", guide, body);
    }

    private static Map<String, Object> line(UUID sku, long quantity) {
        return Map.of("skuId", sku, "quantity", quantity);
    }

    private static Map<String, Object> slot(LocalDate date, String slotId) {
        return Map.of("date", date.toString(), "slotId", slotId);
    }

    private static void refused(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }

    /** Orders, bookings, places taken, holds and stock of the brand, as text. */
    private String state() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("sales_order", "order_booking", "pickup_slot_day", "stock_reservation",
                "stock_balance", "stock_movement")) {
            brands.jdbc().sql("select to_jsonb(x) from " + table + " x where tenant_id = :t order by 1")
                    .param("t", brand.tenantId()).query(String.class).list().forEach(sb::append);
        }
        return sb.toString();
    }
}

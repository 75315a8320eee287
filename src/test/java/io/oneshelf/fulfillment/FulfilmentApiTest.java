package io.oneshelf.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Fulfilment end to end on a real server: a guide's pickup order paid in cash gets a code and a store task; the
 * code is refused at another store, verified at its own (the order completes, once), and a parcel goes through
 * pick, pack, hand-over and delivery while the order follows.
 */
class FulfilmentApiTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    @Autowired
    Orders orders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private Brand brand;
    private String admin;
    private String cashier;
    private String guide;
    private String manager;
    private String otherManager;
    private UUID tea;

    @BeforeEach
    void aStoreAndAWarehouseWithTeaInStock() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        otherManager = api.login(brand.login("othermanager"), BrandFixture.PASSWORD);
        tea = skus.aPricedSku(brand, 1500);
        StockClient stock = new StockClient(api, admin);
        for (UUID place : List.of(brand.storeId(), brand.warehouseId())) {
            assertThat(stock.receive(tea, place, 20).status()).isEqualTo(201);
            assertThat(api.put("/api/v1/stock-locations/" + place, admin, Map.of("sharedWithOnline", true,
                    "safetyStock", 0)).status()).isEqualTo(200);
        }
    }

    @Test
    void a_paid_pickup_order_is_verified_once_at_its_own_store_and_completes() throws Exception {
        String order = aPaidPickupOrder(2);
        JsonNode task = onlyTask(order, cashier);
        assertThat(task.get("kind").asString()).isEqualTo("PICKUP");
        assertThat(task.get("status").asString()).isEqualTo("PENDING");
        assertThat(task.get("placeId").asString()).isEqualTo(brand.storeId().toString());
        assertThat(task.get("lines").get(0).get("quantity").asLong()).isEqualTo(2);
        assertThat(orderStatus(order)).isEqualTo("FULFILLING");

        Reply pickup = api.get("/api/v1/pickups/" + order, cashier);
        assertThat(pickup.status()).as(pickup.toString()).isEqualTo(200);
        String code = pickup.body().get("code").asString();
        assertThat(code).matches("[0-9]{6}");
        assertThat(pickup.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(qr(order, cashier)).isEqualTo("oneshelf:pickup:" + order + ":" + code);
        assertThat(api.get("/api/v1/pickups/" + order, otherManager).status()).isEqualTo(404);
        assertThat(api.bytes("/api/v1/pickups/" + order + "/qr.png",
                Map.of("Authorization", "Bearer " + otherManager)).statusCode()).isEqualTo(404);

        Reply elsewhere = api.post("/api/v1/pickups/verify", otherManager, Map.of("code", code));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
        assertThat(elsewhere.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(elsewhere.raw()).doesNotContain(order).doesNotContain(brand.storeId().toString());
        assertThat(orderStatus(order)).isEqualTo("FULFILLING");
        assertThat(api.get("/api/v1/pickups/" + order, cashier).body().get("status").asString()).isEqualTo("OPEN");
        assertThat(onlyTask(order, cashier).get("status").asString()).isEqualTo("PENDING");

        Reply ready = api.post("/api/v1/fulfilment-tasks/" + task.get("id").asString() + "/ready", guide, Map.of());
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(orderStatus(order)).isEqualTo("READY_FOR_PICKUP");
        Reply looked = api.post("/api/v1/pickups/lookup", cashier, Map.of("code", code));
        assertThat(looked.status()).as(looked.toString()).isEqualTo(200);
        assertThat(looked.body().get("ready").asBoolean()).isTrue();
        assertThat(looked.body().get("lines").get(0).get("payable").asLong()).isEqualTo(3000);

        Reply verified = api.post("/api/v1/pickups/verify", cashier, Map.of("code", code));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.body().get("status").asString()).isEqualTo("COLLECTED");
        assertThat(verified.body().get("collectedByName").asString()).isEqualTo("cashier of " + brand.code());
        assertThat(verified.body().get("collectedAt").isNull()).isFalse();
        assertThat(orderStatus(order)).isEqualTo("COMPLETED");
        assertThat(onlyTask(order, cashier).get("status").asString()).isEqualTo("COLLECTED");
        assertThat(steps(onlyTask(order, cashier))).containsExactly("PENDING", "READY", "COLLECTED");
        JsonNode collected = event("fulfillment.pickup.collected", order);
        assertThat(collected.get("data").get("storeId").asString()).isEqualTo(brand.storeId().toString());
        assertThat(event("fulfillment.pickup.ready", order)).isNotNull();

        Reply again = api.post("/api/v1/pickups/verify", cashier, Map.of("code", code));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        Reply byQr = api.post("/api/v1/pickups/verify", manager, Map.of("qr", qr(order, cashier)));
        assertThat(byQr.status()).as(byQr.toString()).isEqualTo(409);
        assertThat(byQr.body().get("errors").get(0).get("field").asString()).isEqualTo("qr");
    }

    @Test
    void a_code_verified_before_the_store_marked_it_ready_completes_the_order_too() {
        String order = aPaidPickupOrder(1);
        String code = api.get("/api/v1/pickups/" + order, manager).body().get("code").asString();

        Reply verified = api.post("/api/v1/pickups/verify", manager, Map.of("code", code));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(orderStatus(order)).isEqualTo("COMPLETED");
        assertThat(steps(onlyTask(order, manager))).containsExactly("PENDING", "COLLECTED");
        assertThat(timeline(order)).containsSubsequence("FULFILLING", "READY_FOR_PICKUP", "COMPLETED");
    }

    @Test
    void an_unknown_code_is_404_on_code_and_ten_wrong_codes_a_minute_are_the_most() {
        String order = aPaidPickupOrder(1);
        String code = api.get("/api/v1/pickups/" + order, cashier).body().get("code").asString();
        String wrong = code.equals("482913") ? "482914" : "482913";
        awayFromTheEndOfAMinute();

        Reply unknown = api.post("/api/v1/pickups/verify", guide, Map.of("code", wrong));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        for (int i = 1; i < 10; i++) {
            assertThat(api.post("/api/v1/pickups/lookup", guide, Map.of("code", wrong)).status()).isEqualTo(404);
        }

        Reply throttled = api.post("/api/v1/pickups/verify", guide, Map.of("code", code));

        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(orderStatus(order)).isEqualTo("FULFILLING");
        assertThat(api.post("/api/v1/pickups/verify", cashier, Map.of("code", code)).status()).isEqualTo(200);
    }

    @Test
    void a_code_or_a_qr_is_sent_not_both_nor_neither_nor_a_foreign_qr() {
        assertThat(api.post("/api/v1/pickups/verify", cashier, Map.of()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/pickups/verify", cashier, Map.of("code", "123")).raw()).contains("\"code\"");
        Reply both = api.post("/api/v1/pickups/verify", cashier, Map.of("code", "482913", "qr", "x"));
        assertThat(both.status()).isEqualTo(400);
        Reply foreign = api.post("/api/v1/pickups/verify", cashier, Map.of("qr", "https://example.com/x"));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.body().get("errors").get(0).get("field").asString()).isEqualTo("qr");
        assertThat(api.post("/api/v1/pickups/verify", brandsFinance(), Map.of("code", "482913")).status())
                .isEqualTo(403);
    }

    @Test
    void a_parcel_is_picked_packed_handed_over_and_delivered_and_the_order_follows() {
        String order = aPaidExpressOrder(2);
        List<JsonNode> tasks = Eventually.until("the order's tasks", WAIT, () -> tasksOf(order, admin),
                list -> !list.isEmpty());
        assertThat(orderStatus(order)).isEqualTo("FULFILLING");
        assertThat(tasks).allSatisfy(t -> assertThat(t.get("kind").asString()).isEqualTo("EXPRESS"));
        assertThat(tasks.get(0).get("recipient").get("phone").asString()).isEqualTo("13812345678");
        String first = tasks.get(0).get("id").asString();

        Reply tooEarly = api.post("/api/v1/fulfilment-tasks/" + first + "/pack", admin, Map.of());
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
        Reply noTracking = api.post("/api/v1/fulfilment-tasks/" + first + "/hand-over", admin,
                Map.of("carrier", "SF"));
        assertThat(noTracking.status()).isEqualTo(400);

        for (JsonNode task : tasks) {
            String id = task.get("id").asString();
            assertThat(api.post("/api/v1/fulfilment-tasks/" + id + "/pick", admin, Map.of()).status()).isEqualTo(200);
            assertThat(api.post("/api/v1/fulfilment-tasks/" + id + "/pack", admin, Map.of()).status()).isEqualTo(200);
            assertThat(orderStatus(order)).isEqualTo("FULFILLING");
            Reply handed = api.post("/api/v1/fulfilment-tasks/" + id + "/hand-over", admin,
                    Map.of("carrier", "SF", "trackingNumber", "SF" + id.substring(0, 8)));
            assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
            assertThat(handed.body().get("dispatch").get("carrier").asString()).isEqualTo("SF");
        }
        assertThat(orderStatus(order)).isEqualTo("SHIPPED");
        assertThat(event("fulfillment.shipment.dispatched", order).get("data").get("trackingNumber").asString())
                .startsWith("SF");
        Reply dispatchParcel = api.post("/api/v1/fulfilment-tasks/" + first + "/dispatch", admin,
                Map.of("courierName", "Li", "courierPhone", "13800000000"));
        assertThat(dispatchParcel.status()).isEqualTo(409);

        for (JsonNode task : tasks) {
            Reply delivered = api.post("/api/v1/fulfilment-tasks/" + task.get("id").asString() + "/deliver", admin,
                    null);
            assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        }

        assertThat(orderStatus(order)).isEqualTo("COMPLETED");
        assertThat(timeline(order)).containsSubsequence("PAID", "FULFILLING", "SHIPPED", "COMPLETED");
        JsonNode done = api.get("/api/v1/fulfilment-tasks/" + first, admin).body();
        assertThat(steps(done)).containsExactly("PENDING", "PICKED", "PACKED", "HANDED_OVER", "DELIVERED");
        assertThat(done.get("steps").get(1).get("actorName").asString()).isEqualTo("admin of " + brand.code());
        assertThat(event("fulfillment.shipment.delivered", order)).isNotNull();
    }

    @Test
    void staff_see_and_work_only_the_tasks_of_places_within_their_scope() {
        String order = aPaidPickupOrder(1);
        String id = onlyTask(order, cashier).get("id").asString();

        assertThat(api.get("/api/v1/fulfilment-tasks/" + id, otherManager).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/fulfilment-tasks/" + id + "/pick", otherManager, Map.of()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/fulfilment-tasks?orderId=" + order, otherManager).body().get("items").size())
                .isZero();
        assertThat(api.get("/api/v1/fulfilment-tasks?status=PENDING&placeId=" + brand.storeId(), cashier).body()
                .get("items").size()).isEqualTo(1);
        assertThat(onlyTask(order, cashier).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void an_order_paid_twice_over_gets_its_work_once_and_a_cancelled_one_has_it_voided() {
        String order = aPaidPickupOrder(1);
        String code = api.get("/api/v1/pickups/" + order, cashier).body().get("code").asString();
        OrderView view = orders.find(brand.tenantId(), UUID.fromString(order)).orElseThrow();

        publish(new OrderPaid(brand.tenantId(), view.id(), view.number(), view.channel(), view.customerId(),
                view.storeId(), view.guideId(), view.total(), view.paid(), List.of(brand.storeId())));
        awaitListeners();

        assertThat(tasksOf(order, admin)).hasSize(1);
        assertThat(api.get("/api/v1/pickups/" + order, cashier).body().get("code").asString()).isEqualTo(code);
        assertThat(brands.count("pickup", brand.tenantId())).isEqualTo(1);

        publish(new OrderCancelled(brand.tenantId(), view.id(), view.number(), CancelOrder.Reason.STAFF, 0,
                List.of(brand.storeId())));
        awaitListeners();

        assertThat(onlyTask(order, cashier).get("status").asString()).isEqualTo("VOIDED");
        assertThat(api.get("/api/v1/pickups/" + order, cashier).body().get("status").asString()).isEqualTo("VOIDED");
        Reply voided = api.post("/api/v1/pickups/verify", cashier, Map.of("code", code));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(409);
    }

    @Test
    void an_order_cancelled_before_its_work_starts_is_left_cancelled_with_no_work() {
        String order = aPaidPickupOrder(1);
        Reply cancelled = api.post("/api/v1/orders/" + order + "/cancel", admin, Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        awaitListeners();
        // what the intake does when the order was read as paid but is cancelled by the time it locks it
        var advance = new io.oneshelf.order.AdvanceOrder(brand.tenantId(), UUID.fromString(order),
                io.oneshelf.order.OrderStatus.FULFILLING, null, null);
        assertThat(orders.advanceFrom(java.util.EnumSet.of(io.oneshelf.order.OrderStatus.PAID,
                io.oneshelf.order.OrderStatus.FULFILLING), advance)).isEmpty();
        assertThat(orderStatus(order)).isEqualTo("CANCELLED");
        assertThat(onlyTask(order, cashier).get("status").asString()).isEqualTo("VOIDED");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.advance(advance))
                .isInstanceOf(io.oneshelf.platform.TransitionRefused.class);
    }

    private String aPaidPickupOrder(long quantity) {
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return paid(placed, guide);
    }

    private String aPaidExpressOrder(long quantity) {
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "EXPRESS",
                "customerId", UUID.randomUUID(), "lines", List.of(Map.of("skuId", tea, "quantity", quantity)),
                "address", Map.of("recipient", "Wang Fang", "phone", "13812345678", "text", "Nanjing Rd 1",
                        "latitude", 31.23, "longitude", 121.47)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return paid(placed, admin);
    }

    /** Pays the whole order in cash and waits until fulfilment took it on. */
    private String paid(Reply placed, String token) {
        String id = placed.id();
        long total = placed.body().get("total").asLong();
        Reply pay = api.post("/api/v1/orders/" + id + "/payments", token, Map.of("tender", "CASH",
                "amount", total, "cashTendered", total));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(200);
        Eventually.until("order " + id + " being fulfilled", WAIT, () -> orderStatus(id),
                "FULFILLING"::equals);
        return id;
    }

    private String orderStatus(String order) {
        return api.get("/api/v1/orders/" + order, admin).body().get("status").asString();
    }

    private List<String> timeline(String order) {
        List<String> statuses = new ArrayList<>();
        api.get("/api/v1/orders/" + order, admin).body().get("timeline")
                .forEach(step -> statuses.add(step.get("to").asString()));
        return statuses;
    }

    private List<JsonNode> tasksOf(String order, String token) {
        Reply reply = api.get("/api/v1/fulfilment-tasks?orderId=" + order, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        reply.body().get("items").forEach(tasks::add);
        return tasks;
    }

    private JsonNode onlyTask(String order, String token) {
        List<JsonNode> tasks = tasksOf(order, token);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static List<String> steps(JsonNode task) {
        List<String> statuses = new ArrayList<>();
        task.get("steps").forEach(step -> statuses.add(step.get("to").asString()));
        return statuses;
    }

    /** The QR image of the order's pickup, as a scanner reads it. */
    private String qr(String order, String token) throws Exception {
        HttpResponse<byte[]> png = api.bytes("/api/v1/pickups/" + order + "/qr.png?size=240",
                Map.of("Authorization", "Bearer " + token));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/png"));
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))),
                // a generated picture, not a photo: read as such (without the hint, about 1 in 200 random contents
                // is not found by the photo detector)
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /** The brand's event of this type about the order, from the event feed. */
    private JsonNode event(String type, String order) {
        return Eventually.until(type + " of order " + order, WAIT, () -> {
            JsonNode found = null;
            for (JsonNode e : api.get("/api/v1/events?limit=200&types=" + type, admin).body().get("items")) {
                if (e.get("data").get("orderId").asString().equals(order)) {
                    found = e;
                }
            }
            return found;
        }, java.util.Objects::nonNull);
    }

    /** Wrong codes are counted per minute: a run of them must not straddle two. */
    private static void awayFromTheEndOfAMinute() {
        int second = java.time.LocalTime.now().getSecond();
        if (second > 40) {
            try {
                Thread.sleep((61 - second) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String brandsFinance() {
        return api.login(brand.login("finance"), BrandFixture.PASSWORD);
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    /**
     * Waits until the fulfilment listeners have finished with what was published for this brand (another test's
     * server stopped with events still queued leaves its own publications incomplete in the shared database).
     */
    private void awaitListeners() {
        Eventually.until("listeners done", WAIT, () -> brands.jdbc()
                .sql("select count(*) from event_publication where completion_date is null"
                     + " and listener_id like 'io.oneshelf.fulfillment.%' and serialized_event like :brand")
                .param("brand", "%" + brand.tenantId() + "%")
                .query(Long.class).single(), n -> n == 0);
    }
}

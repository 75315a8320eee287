package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.payment.gateway.WechatPayKeys;
import io.oneshelf.payment.gateway.WechatPayV3;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bad input against orders and their money, over HTTP: each is a clear 4xx naming what is wrong, and nothing
 * changes — the order, its stock, its payments, refunds and returns, the ledgers and the event log read the same
 * after as before. (Pickup codes of another store: FulfilmentApiTest; a forged notification of a bare payment and
 * replays: PaymentApiTest, SandboxNotificationTest.)
 */
class OrderBadInputTest extends ApiTest {

    private static final long PRICE = 1500;

    @Autowired
    SkuFixture skus;

    @Autowired
    WechatPayKeys keys;

    private Brand brand;
    private String admin;
    private String guide;
    private StockClient stock;
    private OrderMoney books;
    private UUID tea;
    private UUID cake;

    @BeforeEach
    void aStoreWithTeaAndCake() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), "Passw0rd!");
        guide = api.login(brand.login("guide"), "Passw0rd!");
        stock = new StockClient(api, admin);
        books = new OrderMoney(api, brands.jdbc(), brand.tenantId());
        tea = skus.aPricedSku(brand, PRICE);
        cake = skus.aPricedSku(brand, 3000);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
        assertThat(stock.receive(tea, brand.storeId(), 10).status()).isEqualTo(201);
        assertThat(stock.receive(cake, brand.storeId(), 10).status()).isEqualTo(201);
    }

    @Test
    void returns_of_lines_never_bought_or_beyond_what_was_bought_are_400_on_the_line_and_change_nothing() {
        String order = aPaidOrder(2);
        String other = aPaidOrder(1);

        refused(order, returning(line(5, 1)), 400, "lines[0].lineIndex");
        refused(order, returning(line(-1, 1)), 400, "lines[0].lineIndex");
        refused(order, returning(line(0, 1), line(0, 1)), 400, "lines[1].lineIndex");
        refused(order, returning(line(0, 3)), 400, "lines[0].quantity");
        refused(order, returning(line(0, 0)), 400, "lines[0].quantity");
        refused(order, returning(), 400, "lines");
        // the other order has one line of one cup: its line 0 is all there is, a second unit was never bought
        refused(other, returning(line(0, 2)), 400, "lines[0].quantity");
        refused(other, returning(line(1, 1)), 400, "lines[0].lineIndex");

        // after the whole line came back, nothing more of it can
        Reply whole = api.post("/api/v1/orders/" + order + "/returns", admin, returning(line(0, 2)));
        assertThat(whole.status()).as(whole.toString()).isEqualTo(201);
        refused(order, returning(line(0, 1)), 409, "status");
    }

    @Test
    void a_return_of_an_order_not_paid_or_cancelled_is_409_and_changes_nothing() {
        String unpaid = aGuidesOrder(1);
        refused(unpaid, returning(line(0, 1)), 409, "status");

        String cancelled = aGuidesOrder(1);
        assertThat(api.post("/api/v1/orders/" + cancelled + "/cancel", guide, Map.of()).status()).isEqualTo(200);
        refused(cancelled, returning(line(0, 1)), 409, "status");
    }

    @Test
    void a_return_to_a_place_that_is_not_the_brands_or_not_in_scope_is_400_and_changes_nothing() {
        String order = aPaidOrder(1);
        Map<String, Object> elsewhere = new LinkedHashMap<>(returning(line(0, 1)));
        elsewhere.put("placeId", UUID.randomUUID());
        refused(order, elsewhere, 400, "placeId");

        Brand other = brands.aBrand();
        elsewhere.put("placeId", other.storeId());
        refused(order, elsewhere, 400, "placeId");
    }

    @Test
    void paying_more_than_is_outstanding_nothing_or_a_paid_order_is_refused_and_changes_nothing() {
        String order = aGuidesOrder(2);
        payRefused(order, Map.of("tender", "CASH", "amount", 2 * PRICE + 1, "cashTendered", 5000), 400, "amount");
        payRefused(order, Map.of("tender", "CASH", "amount", 0, "cashTendered", 100), 400, "amount");
        payRefused(order, Map.of("tender", "CARD", "amount", -5, "cardReference", "T-1"), 400, "amount");
        payRefused(order, Map.of("tender", "CASH", "amount", 1000, "cashTendered", 999), 400, "cashTendered");

        assertThat(api.post("/api/v1/orders/" + order + "/payments", guide, Map.of("tender", "CARD",
                "amount", 2 * PRICE, "cardReference", "T-2")).status()).isEqualTo(200);
        books.untilOrder(admin, order, "being fulfilled", o -> o.get("status").asString().equals("FULFILLING"));
        payRefused(order, Map.of("tender", "CASH", "amount", 1, "cashTendered", 1), 409, "status");
    }

    @Test
    void notifications_forged_stale_or_altered_for_a_real_orders_payment_are_401_and_change_nothing() {
        String order = aGuidesOrder(1);
        JsonNode link = books.payLink(guide, order);
        OrderMoney.confirm(link, true);
        String paid = transaction(link, PRICE);
        PrivateKey platform = keys.sandbox().platformKey();
        Books before = Books.of(this, order);

        // signed by someone else's key, under the platform's serial
        assertThat(notify(signed(paid, WechatPayV3.newRsaKey().getPrivate(), now()))).isEqualTo(401);
        // signed right, but an hour ago: outside the timestamp window
        assertThat(notify(signed(paid, platform, now() - 3600))).isEqualTo(401);
        // signed right, then the body altered
        Notification altered = signed(paid, platform, now());
        assertThat(notify(new Notification(altered.headers(), altered.body().replace("\"summary\":\"ok\"",
                "\"summary\":\"OK\"")))).isEqualTo(401);
        // no signature at all
        assertThat(notify(new Notification(Map.of("Content-Type", "application/json"), altered.body())))
                .isEqualTo(401);

        assertThat(Books.of(this, order)).isEqualTo(before);
        assertThat(books.status(admin, order)).isEqualTo("CREATED");
    }

    @Test
    void a_signed_notification_of_a_different_amount_or_an_unknown_payment_changes_nothing() {
        String order = aGuidesOrder(1);
        JsonNode link = books.payLink(guide, order);
        OrderMoney.confirm(link, true);
        PrivateKey platform = keys.sandbox().platformKey();
        Books before = Books.of(this, order);

        // the gateway's word that it took 1 fen for a 15-yuan order is not a payment of the order
        Reply differs = notifyReply(signed(transaction(link, 1), platform, now()));
        assertThat(differs.status()).as(differs.toString()).isEqualTo(409);
        assertThat(differs.header("Content-Type")).startsWith("application/problem+json");
        String unknown = transaction(link, PRICE).replace(link.get("id").asString().replace("-", ""),
                UUID.randomUUID().toString().replace("-", ""));
        assertThat(notify(signed(unknown, platform, now()))).isEqualTo(404);

        assertThat(Books.of(this, order)).isEqualTo(before);
        // the real notification still pays it afterwards
        assertThat(books.sendNotification(books.heldNotification(link))).isEqualTo(200);
        books.untilOrder(admin, order, "paid", o -> !o.get("status").asString().equals("CREATED"));
    }

    @Test
    void a_cancel_of_an_order_out_of_the_callers_scope_or_already_cancelled_changes_nothing() {
        String order = aPaidOrder(1);
        String otherStore = api.login(brand.login("othermanager"), "Passw0rd!");
        Books before = Books.of(this, order);

        assertThat(api.post("/api/v1/orders/" + order + "/cancel", otherStore, Map.of()).status()).isEqualTo(404);
        Brand other = brands.aBrand();
        String intruder = api.login(other.login("admin"), "Passw0rd!");
        assertThat(api.post("/api/v1/orders/" + order + "/cancel", intruder, Map.of()).status()).isEqualTo(404);

        assertThat(Books.of(this, order)).isEqualTo(before);
    }

    /** Everything a refused call must leave as it was: the order, the brand's stock, money, returns and events. */
    record Books(String status, long paid, long refunded, int version, List<Long> stock, long payments,
                 long refunds, long entries, long returns, long notices, long events) {

        static Books of(OrderBadInputTest t, String order) {
            JsonNode o = t.books.order(t.admin, order);
            List<Long> stock = new ArrayList<>();
            for (UUID sku : List.of(t.tea, t.cake)) {
                for (long v : t.stock.balance(sku, t.brand.storeId())) {
                    stock.add(v);
                }
            }
            return new Books(o.get("status").asString(), o.get("paid").asLong(), o.get("refunded").asLong(),
                    o.get("version").asInt(), stock, t.books.rows("payment"), t.books.rows("refund"),
                    t.books.rows("payment_entry"), t.books.rows("order_return"), t.books.rows("payment_notice"),
                    t.brands.jdbc().sql("select count(*) from event_log where brand_id = :b")
                            .param("b", t.brand.tenantId()).query(Long.class).single());
        }
    }

    private void refused(String order, Map<String, Object> body, int status, String field) {
        Books before = Books.of(this, order);
        Reply reply = api.post("/api/v1/orders/" + order + "/returns", admin, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
        assertThat(Books.of(this, order)).as("after " + body).isEqualTo(before);
    }

    private void payRefused(String order, Map<String, Object> body, int status, String field) {
        Books before = Books.of(this, order);
        Reply reply = api.post("/api/v1/orders/" + order + "/payments", guide, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
        assertThat(Books.of(this, order)).as("after " + body).isEqualTo(before);
    }

    private Map<String, Object> returning(Map<?, ?>... lines) {
        return Map.of("placeId", brand.storeId(), "restock", true, "reason", "bad input", "lines", List.of(lines));
    }

    private static Map<String, Object> line(int index, long quantity) {
        return Map.of("lineIndex", index, "quantity", quantity);
    }

    private String aGuidesOrder(long teas) {
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", tea, "quantity", teas))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.id();
    }

    private String aPaidOrder(long teas) {
        String order = aGuidesOrder(teas);
        Reply pay = api.post("/api/v1/orders/" + order + "/payments", guide, Map.of("tender", "CASH",
                "amount", teas * PRICE, "cashTendered", teas * PRICE));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(200);
        // the store's fulfilment takes a paid pickup on at once: wait for it, so that nothing moves meanwhile
        books.untilOrder(admin, order, "being fulfilled", o -> o.get("status").asString().equals("FULFILLING"));
        return order;
    }

    // ---- notifications built as WeChat Pay v3 builds them, with the keys the test chooses ----

    record Notification(Map<String, String> headers, String body) {
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** The plaintext of a TRANSACTION.SUCCESS resource about the pending payment, for {@code amount} fen. */
    private static String transaction(JsonNode payment, long amount) {
        return ("{\"appid\":\"wxd678efh567hg6787\",\"mchid\":\"" + WechatPayKeys.SANDBOX_MCHID + "\","
                + "\"out_trade_no\":\"%s\",\"transaction_id\":\"42000%d\",\"trade_type\":\"NATIVE\","
                + "\"bank_type\":\"OTHERS\",\"success_time\":\"2026-05-01T16:00:00+08:00\","
                + "\"payer\":{\"openid\":\"oForged\"},\"trade_state\":\"SUCCESS\",\"trade_state_desc\":\"ok\","
                + "\"attach\":\"\",\"amount\":{\"total\":%d,\"payer_total\":%d,\"currency\":\"CNY\","
                + "\"payer_currency\":\"CNY\"}}").formatted(payment.get("id").asString().replace("-", ""),
                1_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(8_000_000_000L), amount,
                amount);
    }

    /** The notification encrypted under the API v3 key and signed with {@code key} at {@code timestamp}. */
    private Notification signed(String plaintext, PrivateKey key, long timestamp) {
        byte[] apiV3Key = keys.sandbox().apiV3Key();
        String aead = WechatPayV3.nonce(12);
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"create_time\":\"2026-05-01T16:00:01+08:00\","
                      + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\","
                      + "\"summary\":\"ok\",\"resource\":{\"original_type\":\"transaction\",\"algorithm\":\""
                      + WechatPayV3.ALGORITHM + "\",\"ciphertext\":\""
                      + WechatPayV3.encrypt(apiV3Key, "transaction", aead, plaintext)
                      + "\",\"associated_data\":\"transaction\",\"nonce\":\"" + aead + "\"}}";
        String nonce = WechatPayV3.nonce(32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(WechatPayV3.TIMESTAMP, Long.toString(timestamp));
        headers.put(WechatPayV3.NONCE, nonce);
        headers.put(WechatPayV3.SERIAL, keys.sandbox().platformKeyId());
        headers.put(WechatPayV3.SIGNATURE, WechatPayV3.sign(key,
                WechatPayV3.responseMessage(Long.toString(timestamp), nonce, body)));
        headers.put(WechatPayV3.SIGNATURE_TYPE, WechatPayV3.SCHEMA);
        return new Notification(headers, body);
    }

    private int notify(Notification n) {
        return notifyReply(n).status();
    }

    private Reply notifyReply(Notification n) {
        return api.sendBytes("POST", "/api/v1/payments/notify/wechatpay", n.body().getBytes(StandardCharsets.UTF_8),
                null, n.headers());
    }
}

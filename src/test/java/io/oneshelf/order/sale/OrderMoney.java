package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.Eventually;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Named steps of the order-and-money tests, all through the real server: pay links taken by staff, the payer on
 * the sandbox's pay page, the sandbox's signed notifications sent when the test says, the books read back.
 */
final class OrderMoney {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Api api;
    private final JdbcClient jdbc;
    private final UUID brand;

    OrderMoney(Api api, JdbcClient jdbc, UUID brand) {
        this.api = api;
        this.jdbc = jdbc;
        this.brand = brand;
    }

    /** A WeChat Pay link for the order's outstanding amount, taken by staff: the pending payment. */
    JsonNode payLink(String token, String orderId) {
        Reply link = api.send("POST", "/api/v1/orders/" + orderId + "/payments", token,
                Map.of("tender", "WECHAT_PAY"), "link-" + UUID.randomUUID());
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.body().get("status").asString()).isEqualTo("PENDING");
        return link.body();
    }

    /** The payer confirms on the sandbox page; {@code hold}: the gateway notifies only when the test sends it. */
    static int confirm(JsonNode payment, boolean hold) {
        String form = "openid=" + URLEncoder.encode("oOrder" + payment.get("id").asString().substring(0, 8),
                StandardCharsets.UTF_8) + "&notify=" + (hold ? "hold" : "now");
        return send(HttpRequest.newBuilder(URI.create(payment.get("payUrl").asString() + "/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    /** The sandbox's held TRANSACTION.SUCCESS notification of a payment the payer confirmed with hold. */
    String heldNotification(JsonNode payment) {
        String transaction = jdbc.sql("select transaction_id from wechatpay_sandbox_order where out_trade_no = :no")
                .param("no", payment.get("id").asString().replace("-", "")).query(String.class).single();
        return jdbc.sql("select id from wechatpay_sandbox_notification where event_type = 'TRANSACTION.SUCCESS'"
                        + " and plaintext like :tx").param("tx", "%\"transaction_id\":\"" + transaction + "\"%")
                .query(String.class).single();
    }

    /** The sandbox sends the notification now, signed afresh (a new nonce); the server's answer. */
    int sendNotification(String notificationId) {
        return send(HttpRequest.newBuilder(URI.create(api.base() + "/sandbox/wechatpay/notifications/"
                + notificationId + "/send")).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    JsonNode order(String token, String orderId) {
        Reply order = api.get("/api/v1/orders/" + orderId, token);
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        return order.body();
    }

    String status(String token, String orderId) {
        return order(token, orderId).get("status").asString();
    }

    JsonNode untilOrder(String token, String orderId, String what, java.util.function.Predicate<JsonNode> done) {
        return Eventually.until("order " + orderId + " " + what, WAIT, () -> order(token, orderId), done);
    }

    /** The tenders of an order, oldest first, as staff see them. */
    List<JsonNode> payments(String token, String orderId) {
        Reply list = api.get("/api/v1/payments?reference=order:" + orderId, token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        list.body().get("items").forEach(out::add);
        return out;
    }

    /** Waits until no tender of the order waits for its gateway: no pending payment, no refund on its way. */
    List<JsonNode> settledPayments(String token, String orderId) {
        Eventually.until("the payments of order " + orderId + " settled", WAIT, () -> jdbc.sql("""
                        select (select count(*) from payment where tenant_id = :t and reference = :r
                                and status = 'PENDING')
                             + (select count(*) from refund where tenant_id = :t and reference = :r
                                and status = 'PENDING')""")
                .param("t", brand).param("r", "order:" + orderId).query(Long.class).single(), n -> n == 0);
        return payments(token, orderId);
    }

    /** Asserts that the payment ledger check of the whole brand finds no difference. */
    void assertPaymentBooksReconcile(String token) {
        Reply check = api.get("/api/v1/payments/check", token);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("differences").size()).as(check.toString()).isZero();
    }

    /** The ledger's entries of a kind (CAPTURE, REFUND) for the order. */
    long entries(String orderId, String kind) {
        return jdbc.sql("select count(*) from payment_entry where tenant_id = :t and reference = :r and kind = :k")
                .param("t", brand).param("r", "order:" + orderId).param("k", kind).query(Long.class).single();
    }

    /** Events of a type about one aggregate (an order, a payment) in the brand's event log. */
    long events(String type, String aggregateId) {
        return jdbc.sql("select count(*) from event_log where brand_id = :b and type = :type and aggregate_id = :a")
                .param("b", brand).param("type", type).param("a", UUID.fromString(aggregateId))
                .query(Long.class).single();
    }

    /** Rows of a tenant-owned table of this brand. */
    long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :t").param("t", brand)
                .query(Long.class).single();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

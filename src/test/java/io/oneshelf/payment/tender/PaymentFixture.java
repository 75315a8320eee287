package io.oneshelf.payment.tender;

import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.support.Eventually;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Named steps of the payment tests: tenders taken in process, the payer on the sandbox's pages, waiting, counting. */
final class PaymentFixture {

    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Payments payments;
    private final JdbcClient jdbc;

    PaymentFixture(Payments payments, JdbcClient jdbc) {
        this.payments = payments;
        this.jdbc = jdbc;
    }

    static String anOrder() {
        return "order:" + UUID.randomUUID();
    }

    Payment cash(UUID brand, UUID store, String reference, long amount, long tendered) {
        return payments.take(new TakePayment(brand, reference, Tender.CASH, amount, tendered, null, null, store, null,
                UUID.randomUUID().toString()));
    }

    Payment card(UUID brand, UUID store, String reference, long amount) {
        return payments.take(new TakePayment(brand, reference, Tender.CARD, amount, null, "POS-" + amount, null,
                store, null, UUID.randomUUID().toString()));
    }

    Payment wechat(UUID brand, UUID store, String reference, long amount) {
        return payments.take(new TakePayment(brand, reference, Tender.WECHAT_PAY, amount, null, null, "奶茶 x2", store,
                null, UUID.randomUUID().toString()));
    }

    /** The payer opens the pay link and confirms; {@code hold}: the gateway does not notify until asked. */
    static int payOnTheSandboxPage(Payment p, String openid, boolean hold) {
        String form = "openid=" + URLEncoder.encode(openid, StandardCharsets.UTF_8) + "&notify=" + (hold ? "hold" : "now");
        return send(HttpRequest.newBuilder(URI.create(p.payUrl() + "/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    static HttpResponse<String> open(String url, String language) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language).GET());
    }

    Payment until(UUID brand, UUID id, String what, java.util.function.Predicate<Payment> done) {
        return Eventually.until(what, Duration.ofSeconds(20), () -> payments.find(brand, id).orElseThrow(), done);
    }

    Payment untilStatus(UUID brand, UUID id, PaymentStatus status) {
        return until(brand, id, "payment " + id + " " + status, p -> p.status() == status);
    }

    /** The sandbox notifications about a paid payment, oldest first. */
    List<String> notificationsOf(Payment p) {
        return jdbc.sql("select id from wechatpay_sandbox_notification where plaintext like :tx order by created_at")
                .param("tx", "%\"transaction_id\":\"" + p.transactionId() + "\"%").query(String.class).list();
    }

    /** The sandbox's payment notification of an order paid with a held notification. */
    String heldNotification(Payment p) {
        String transaction = jdbc.sql("select o.transaction_id from wechatpay_sandbox_order o where o.out_trade_no = :no")
                .param("no", p.id().toString().replace("-", "")).query(String.class).single();
        return jdbc.sql("select id from wechatpay_sandbox_notification where event_type = 'TRANSACTION.SUCCESS'"
                        + " and plaintext like :tx").param("tx", "%\"transaction_id\":\"" + transaction + "\"%")
                .query(String.class).single();
    }

    /** Asks the sandbox to send a notification now (signed afresh); the merchant's answer. */
    static int sendNotification(String base, String id) {
        return send(HttpRequest.newBuilder(URI.create(base + "/sandbox/wechatpay/notifications/" + id + "/send"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    long entries(UUID brand, String reference, String kind) {
        return jdbc.sql("select count(*) from payment_entry where tenant_id = :t and reference = :r and kind = :k")
                .param("t", brand).param("r", reference).param("k", kind).query(Long.class).single();
    }

    long events(UUID brand, String type, UUID aggregate) {
        return jdbc.sql("select count(*) from event_log where brand_id = :b and type = :type and aggregate_id = :a")
                .param("b", brand).param("type", type).param("a", aggregate).query(Long.class).single();
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

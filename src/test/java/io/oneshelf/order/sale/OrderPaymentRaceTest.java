package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An order's money when the gateway's notifications come twice, late, out of order, or just as the order is being
 * cancelled: real server, real PostgreSQL, the sandbox gateway's signed notifications over HTTP. Whatever the
 * interleaving, an order ends paid and not cancelled, or cancelled with every fen given back; never both, never
 * neither; and the payment and stock ledgers reconcile. (The payment module's own tests cover the same for bare
 * references: PaymentsTest, SandboxNotificationTest.)
 */
class OrderPaymentRaceTest extends ApiTest {

    private static final long PRICE = 1500;

    @Autowired
    SkuFixture skus;

    @Autowired
    UnpaidOrders unpaid;

    @Autowired
    Payments money;

    @Autowired
    TransactionTemplate tx;

    private Brand brand;
    private String admin;
    private String guide;
    private StockClient stock;
    private OrderMoney books;
    private UUID tea;

    @BeforeEach
    void aStoreWithTenTeas() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), "Passw0rd!");
        guide = api.login(brand.login("guide"), "Passw0rd!");
        stock = new StockClient(api, admin);
        books = new OrderMoney(api, brands.jdbc(), brand.tenantId());
        tea = skus.aPricedSku(brand, PRICE);
        Reply online = api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0));
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        assertThat(stock.receive(tea, brand.storeId(), 10).status()).isEqualTo(201);
    }

    @Test
    void copies_of_an_orders_payment_notification_sent_at_once_pay_it_once() throws Exception {
        String order = aGuidesPickupOrder(2);
        JsonNode link = books.payLink(guide, order);
        assertThat(OrderMoney.confirm(link, true)).isEqualTo(303);
        String notification = books.heldNotification(link);

        List<Integer> answers = atOnce(8, i -> () -> books.sendNotification(notification));

        assertThat(answers).containsOnly(200);
        books.untilOrder(admin, order, "paid", o -> !o.get("status").asString().equals("CREATED"));
        books.settledPayments(admin, order);
        JsonNode paid = books.order(admin, order);
        assertThat(paid.get("status").asString()).isIn("PAID", "FULFILLING");
        assertThat(paid.get("paid").asLong()).isEqualTo(2 * PRICE);
        assertThat(paid.get("outstanding").asLong()).isZero();
        assertThat(books.entries(order, "CAPTURE")).isEqualTo(1);
        assertThat(books.events("order.order.paid", order)).isEqualTo(1);
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(8, 0, 8);
        stock.assertLedgerMatchesBalances();
        books.assertPaymentBooksReconcile(admin);
    }

    @Test
    void a_payment_notification_arriving_after_the_payment_was_queried_and_refunded_changes_nothing() {
        String order = aGuidesPickupOrder(1);
        JsonNode link = books.payLink(guide, order);
        OrderMoney.confirm(link, true);
        // the notification does not come: the active query finds the payment paid
        Reply queried = api.post("/api/v1/payments/" + link.get("id").asString() + "/query", admin, Map.of());
        assertThat(queried.body().get("status").asString()).as(queried.toString()).isEqualTo("SUCCEEDED");
        books.untilOrder(admin, order, "paid", o -> !o.get("status").asString().equals("CREATED"));
        // the store cancels it: the refund goes back through the gateway and its own notification comes first
        Reply cancelled = api.post("/api/v1/orders/" + order + "/cancel", guide, Map.of("note", "sold out"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        books.settledPayments(admin, order);
        books.untilOrder(admin, order, "refunded", o -> o.get("refunded").asLong() == PRICE);

        // then the payment's notification, last of all and twice
        String notification = books.heldNotification(link);
        assertThat(books.sendNotification(notification)).isEqualTo(200);
        assertThat(books.sendNotification(notification)).isEqualTo(200);

        JsonNode after = books.order(admin, order);
        assertThat(after.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get("paid").asLong()).isEqualTo(PRICE);
        assertThat(after.get("refunded").asLong()).isEqualTo(PRICE);
        assertThat(books.entries(order, "CAPTURE")).isEqualTo(1);
        assertThat(books.entries(order, "REFUND")).isEqualTo(1);
        assertThat(books.events("order.order.paid", order)).isEqualTo(1);
        assertThat(books.events("payment.payment.late", link.get("id").asString())).isZero();
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10, 0, 10);
        stock.assertLedgerMatchesBalances();
        books.assertPaymentBooksReconcile(admin);
    }

    @Test
    void orders_expiring_as_their_payments_come_in_end_paid_or_cancelled_with_the_payment_refunded_and_flagged()
            throws Exception {
        int n = 8;
        List<String> orders = new ArrayList<>();
        List<String> notifications = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String order = aGuidesPickupOrder(1);
            JsonNode link = books.payLink(guide, order);
            OrderMoney.confirm(link, true);
            orders.add(order);
            notifications.add(books.heldNotification(link));
        }
        brands.jdbc().sql("update sales_order set expires_at = now() - interval '1 second' where tenant_id = :t")
                .param("t", brand.tenantId()).update();

        // each payment's notification races two sweepers (two server instances) cancelling the unpaid orders
        List<Integer> answers = atOnce(n + 2, i -> i < n ? () -> books.sendNotification(notifications.get(i))
                : () -> unpaid.cancelDue() >= 0 ? 200 : 500);
        assertThat(answers).containsOnly(200);
        unpaid.cancelDue();

        int sold = 0;
        for (String order : orders) {
            JsonNode o = books.untilOrder(admin, order, "paid or cancelled",
                    x -> !x.get("status").asString().equals("CREATED"));
            List<JsonNode> tenders = books.settledPayments(admin, order);
            assertThat(tenders).hasSize(1);
            JsonNode payment = tenders.get(0);
            assertThat(payment.get("status").asString()).isEqualTo("SUCCEEDED");
            o = books.untilOrder(admin, order, "in step with its ledger",
                    x -> x.get("refunded").asLong() == payment.get("refunded").asLong());
            if (o.get("status").asString().equals("CANCELLED")) {
                // cancelled first: the payment came too late, was refunded whole and flagged
                assertThat(payment.get("flagged").asBoolean()).as(o.toString()).isTrue();
                assertThat(payment.get("refunded").asLong()).isEqualTo(PRICE);
                assertThat(o.get("paid").asLong() - o.get("refunded").asLong()).isZero();
            } else {
                // paid in time: not cancelled, nothing refunded, its stock sold
                assertThat(o.get("status").asString()).isIn("PAID", "FULFILLING");
                assertThat(payment.get("flagged").asBoolean()).isFalse();
                assertThat(o.get("refunded").asLong()).isZero();
                assertThat(o.get("outstanding").asLong()).isZero();
                assertThat(books.events("order.order.cancelled", order)).isZero();
                sold++;
            }
        }
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(10L - sold, 0L, 10L - sold);
        stock.assertLedgerMatchesBalances();
        books.assertPaymentBooksReconcile(admin);
    }

    @Test
    void an_order_paid_in_full_just_before_the_auto_cancel_reaches_it_is_paid_not_cancelled() {
        String order = aGuidesPickupOrder(2);

        // the payment is in the ledger, the order has not heard of it yet (its listener runs after the commit);
        // the order expires in the same transaction, so that no background sweep sees it before this one
        tx.executeWithoutResult(s -> {
            brands.jdbc().sql("update sales_order set expires_at = now() - interval '1 second' where id = :id")
                    .param("id", UUID.fromString(order)).update();
            money.take(new TakePayment(brand.tenantId(), "order:" + order, Tender.CARD, 2 * PRICE, null, "T-77",
                    null, brand.storeId(), null, "race-" + order));
            unpaid.cancelDue();
        });

        JsonNode after = books.untilOrder(admin, order, "paid", o -> !o.get("status").asString().equals("CREATED"));
        assertThat(after.get("status").asString()).isIn("PAID", "FULFILLING");
        assertThat(after.get("refunded").asLong()).isZero();
        assertThat(books.entries(order, "REFUND")).isZero();
        assertThat(books.events("order.order.cancelled", order)).isZero();
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(8, 0, 8);
        stock.assertLedgerMatchesBalances();
        books.assertPaymentBooksReconcile(admin);
    }

    @Test
    void an_order_paid_through_two_pay_links_keeps_its_total_and_gives_the_rest_back() {
        String order = aGuidesPickupOrder(1);
        JsonNode first = books.payLink(guide, order);
        JsonNode second = books.payLink(guide, order);
        OrderMoney.confirm(first, true);
        OrderMoney.confirm(second, true);

        assertThat(books.sendNotification(books.heldNotification(first))).isEqualTo(200);
        assertThat(books.sendNotification(books.heldNotification(second))).isEqualTo(200);

        books.untilOrder(admin, order, "paid", o -> !o.get("status").asString().equals("CREATED"));
        books.settledPayments(admin, order);
        // whichever way it went (the second link closed and its late payment refunded and flagged, or both captured
        // and the surplus refunded), the order ends with both captures and one of them given back
        JsonNode after = books.untilOrder(admin, order, "holding its total only",
                o -> o.get("paid").asLong() == 2 * PRICE && o.get("refunded").asLong() == PRICE);
        assertThat(after.get("status").asString()).isIn("PAID", "FULFILLING");
        assertThat(after.get("paid").asLong()).isEqualTo(2 * PRICE);
        assertThat(after.get("outstanding").asLong()).isZero();
        assertThat(books.events("order.order.paid", order)).isEqualTo(1);
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(9, 0, 9);
        books.assertPaymentBooksReconcile(admin);
    }

    @Test
    void a_paid_order_cancelled_after_a_partial_return_puts_back_only_what_was_not_returned() {
        String order = aGuidesPickupOrder(3);
        Reply pay = api.post("/api/v1/orders/" + order + "/payments", guide, Map.of("tender", "CASH",
                "amount", 3 * PRICE, "cashTendered", 3 * PRICE));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(200);
        books.untilOrder(admin, order, "paid", o -> !o.get("status").asString().equals("CREATED"));
        Reply back = api.post("/api/v1/orders/" + order + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        Reply spoilt = api.post("/api/v1/orders/" + order + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", false, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(spoilt.status()).as(spoilt.toString()).isEqualTo(201);
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(8, 0, 8);

        Reply cancelled = api.post("/api/v1/orders/" + order + "/cancel", admin, Map.of());

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("refunded").asLong()).isEqualTo(3 * PRICE);
        // 10 received, 3 sold, 1 returned to the shelf, 1 written off, 1 put back by the cancel
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(9, 0, 9);
        stock.assertLedgerMatchesBalances();
        books.assertPaymentBooksReconcile(admin);
    }

    private String aGuidesPickupOrder(long quantity) {
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.id();
    }

    /** Runs the calls at once on threads of their own (all started before any runs); their answers in order. */
    private static List<Integer> atOnce(int n, java.util.function.IntFunction<Callable<Integer>> call)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> c = call.apply(i);
                answers.add(threads.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> a : answers) {
                out.add(a.get());
            }
            return out;
        } finally {
            threads.shutdownNow();
        }
    }
}

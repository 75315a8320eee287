package io.oneshelf.payment.tender;

import static io.oneshelf.payment.tender.PaymentFixture.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.PaymentSummary;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.Refund;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payment module on a running server and the sandbox WeChat Pay gateway it serves: cash with change, card,
 * split tenders, a payer confirming on the pay page and the signed notification settling the payment, repeated,
 * out-of-order, concurrent and late notifications applied once, refunds newest tender first and never more than
 * captured.
 */
class PaymentsTest extends ApiTest {

    @Autowired
    Payments payments;

    private PaymentFixture fixture;
    private Brand brand;

    @BeforeEach
    void aBrand() {
        fixture = new PaymentFixture(payments, brands.jdbc());
        brand = brands.aBrand();
    }

    @Test
    void cash_gives_change_and_card_needs_the_terminals_reference_both_settled_at_once() {
        String order = anOrder();
        Payment cash = fixture.cash(brand.tenantId(), brand.storeId(), order, 1850, 2000);
        Payment card = fixture.card(brand.tenantId(), brand.storeId(), order, 1150);

        assertThat(cash.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(cash.change()).isEqualTo(150);
        assertThat(cash.cashTendered()).isEqualTo(2000);
        assertThat(card.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(card.cardReference()).isEqualTo("POS-1150");
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 3000, 0, 0));
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", cash.id())).isEqualTo(1);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", card.id())).isEqualTo(1);
    }

    @Test
    void short_cash_and_a_card_without_reference_are_refused_naming_the_field() {
        String order = anOrder();
        assertThatThrownBy(() -> fixture.cash(brand.tenantId(), brand.storeId(), order, 1850, 1800))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID);
                    assertThat(r.faults().get(0).field()).isEqualTo("cashTendered");
                });
        assertThatThrownBy(() -> payments.take(new TakePayment(brand.tenantId(), order, Tender.CARD, 100, null, " ",
                null, brand.storeId(), null, "k-" + UUID.randomUUID())))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.faults().get(0).field())
                        .isEqualTo("cardReference"));
        assertThat(payments.payments(brand.tenantId(), order)).isEmpty();
    }

    @Test
    void the_same_key_answers_the_first_payment() {
        String order = anOrder();
        TakePayment take = new TakePayment(brand.tenantId(), order, Tender.CASH, 500, 500L, null, null,
                brand.storeId(), null, "till-1-sale-7");
        Payment first = payments.take(take);
        Payment again = payments.take(take);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(payments.summary(brand.tenantId(), order).paid()).isEqualTo(500);
        assertThatThrownBy(() -> payments.take(new TakePayment(brand.tenantId(), order, Tender.CASH, 600, 600L, null,
                null, brand.storeId(), null, "till-1-sale-7"))).isInstanceOf(Rejection.class);
    }

    @Test
    void a_payer_confirming_on_the_sandbox_page_is_notified_and_the_payment_succeeds() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 1234);
        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(pending.payUrl()).contains("/sandbox/wechatpay/pay/");
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 0, 0, 1234));

        HttpResponse<String> page = PaymentFixture.open(pending.payUrl(), "zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("¥12.34", "确认支付", "奶茶 x2", "width=device-width");
        assertThat(PaymentFixture.open(pending.payUrl() + "?lang=en", "zh-CN").body()).contains("Confirm payment");

        assertThat(PaymentFixture.payOnTheSandboxPage(pending, "oTester123", false)).isEqualTo(303);
        Payment paid = fixture.untilStatus(brand.tenantId(), pending.id(), PaymentStatus.SUCCEEDED);

        assertThat(paid.payerId()).isEqualTo("oTester123");
        assertThat(paid.transactionId()).startsWith("4200");
        assertThat(paid.flagged()).isFalse();
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 1234, 0, 0));
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", paid.id())).isEqualTo(1);
        assertThat(brands.jdbc().sql("select payload->>'payerId' from event_log where aggregate_id = :id"
                        + " and type = 'payment.payment.succeeded'").param("id", paid.id()).query(String.class).single())
                .isEqualTo("oTester123");
        assertThat(PaymentFixture.open(pending.payUrl(), "en").body()).contains("Paid", "delivered", "/send?back=");
    }

    @Test
    void split_tenders_sum_to_the_amount() {
        String order = anOrder();
        fixture.cash(brand.tenantId(), brand.storeId(), order, 3000, 5000);
        fixture.card(brand.tenantId(), brand.storeId(), order, 2000);
        Payment online = fixture.wechat(brand.tenantId(), brand.storeId(), order, 5000);
        PaymentFixture.payOnTheSandboxPage(online, "oSplit", false);
        fixture.untilStatus(brand.tenantId(), online.id(), PaymentStatus.SUCCEEDED);

        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 10_000, 0, 0));
        assertThat(payments.payments(brand.tenantId(), order)).extracting(Payment::tender)
                .containsExactly(Tender.CASH, Tender.CARD, Tender.WECHAT_PAY);
    }

    @Test
    void a_notification_repeated_or_arriving_after_the_active_query_changes_nothing() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 990);
        PaymentFixture.payOnTheSandboxPage(pending, "oHeld", true);

        // the notification never came: the active query finds the payment paid
        Payment queried = payments.query(brand.tenantId(), pending.id());
        assertThat(queried.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(queried.payerId()).isEqualTo("oHeld");

        // then it comes, late, twice: answered 200, nothing changes
        String notification = fixture.heldNotification(queried);
        assertThat(PaymentFixture.sendNotification(api.base(), notification)).isEqualTo(200);
        assertThat(PaymentFixture.sendNotification(api.base(), notification)).isEqualTo(200);

        assertThat(fixture.entries(brand.tenantId(), order, "CAPTURE")).isEqualTo(1);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", pending.id())).isEqualTo(1);
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 990, 0, 0));
        assertThat(brands.jdbc().sql("select count(*) from payment_notice where payment_id = :p")
                .param("p", pending.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void concurrent_copies_of_a_notification_capture_once() throws Exception {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 4321);
        PaymentFixture.payOnTheSandboxPage(pending, "oRace", true);
        String notification = fixture.heldNotification(pending);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                copies.add(() -> PaymentFixture.sendNotification(api.base(), notification));
            }
            for (Future<Integer> answer : threads.invokeAll(copies)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(payments.find(brand.tenantId(), pending.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(fixture.entries(brand.tenantId(), order, "CAPTURE")).isEqualTo(1);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", pending.id())).isEqualTo(1);
        assertThat(payments.summary(brand.tenantId(), order).paid()).isEqualTo(4321);
    }

    @Test
    void a_payment_the_gateway_took_as_the_order_was_cancelled_is_refunded_and_flagged() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 2500);
        PaymentFixture.payOnTheSandboxPage(pending, "oLate", true);

        // the order is cancelled; closing at the gateway finds it paid (ORDERPAID)
        payments.close(brand.tenantId(), order);

        Payment late = fixture.until(brand.tenantId(), pending.id(), "the late payment refunded",
                p -> p.refunded() == 2500);
        assertThat(late.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(late.flagged()).isTrue();
        assertThat(late.refundable()).isZero();
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 2500, 2500, 0));
        assertThat(fixture.events(brand.tenantId(), "payment.payment.late", pending.id())).isEqualTo(1);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", pending.id())).isZero();
        assertThat(fixture.events(brand.tenantId(), "payment.refund.succeeded", pending.id())).isEqualTo(1);

        // the held notification still comes: nothing more happens
        assertThat(PaymentFixture.sendNotification(api.base(), fixture.heldNotification(pending))).isEqualTo(200);
        assertThat(fixture.entries(brand.tenantId(), order, "CAPTURE")).isEqualTo(1);
        assertThat(fixture.entries(brand.tenantId(), order, "REFUND")).isEqualTo(1);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.late", pending.id())).isEqualTo(1);
    }

    @Test
    void a_notification_of_a_payment_closed_meanwhile_refunds_and_flags_it() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 700);
        PaymentFixture.payOnTheSandboxPage(pending, "oLate2", true);
        // closed here while the gateway's close is still to come (it is what the notification overtakes)
        brands.jdbc().sql("update payment set status = 'CLOSED', closed_at = now(), gateway_closed = true"
                          + " where id = :id").param("id", pending.id()).update();

        assertThat(PaymentFixture.sendNotification(api.base(), fixture.heldNotification(pending))).isEqualTo(200);

        Payment late = fixture.until(brand.tenantId(), pending.id(), "refunded", p -> p.refunded() == 700);
        assertThat(late.flagged()).isTrue();
        assertThat(late.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.late", pending.id())).isEqualTo(1);
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 700, 700, 0));
    }

    @Test
    void refunds_go_back_newest_tender_first_and_never_above_what_was_captured() {
        String order = anOrder();
        UUID b = brand.tenantId();
        Payment cash = fixture.cash(b, brand.storeId(), order, 3000, 3000);
        Payment card = fixture.card(b, brand.storeId(), order, 2000);
        Payment online = fixture.wechat(b, brand.storeId(), order, 5000);
        PaymentFixture.payOnTheSandboxPage(online, "oRefund", false);
        fixture.untilStatus(b, online.id(), PaymentStatus.SUCCEEDED);

        Refund first = payments.refund(new RefundPayment(b, order, "return:1", 6000, "two cups returned"));
        assertThat(first.parts()).extracting(Refund.Part::paymentId, Refund.Part::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(online.id(), 5000L),
                        org.assertj.core.groups.Tuple.tuple(card.id(), 1000L));
        assertThat(first.parts().get(1).status()).isEqualTo(Refund.Status.SUCCEEDED);
        fixture.until(b, online.id(), "the gateway refund notified", p -> p.refunded() == 5000);
        assertThat(payments.summary(b, order)).isEqualTo(new PaymentSummary(order, 10_000, 6000, 0));

        // 4000 is left; more is refused and changes nothing
        long refundsBefore = brands.count("refund", b);
        assertThatThrownBy(() -> payments.refund(new RefundPayment(b, order, "return:2", 4001, null)))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID);
                    assertThat(r.faults().get(0).field()).isEqualTo("amount");
                });
        assertThat(brands.count("refund", b)).isEqualTo(refundsBefore);
        assertThat(payments.summary(b, order)).isEqualTo(new PaymentSummary(order, 10_000, 6000, 0));

        Refund rest = payments.refund(new RefundPayment(b, order, "return:2", 4000, null));
        assertThat(rest.parts()).extracting(Refund.Part::paymentId).containsExactly(card.id(), cash.id());
        assertThat(rest.settled()).isTrue();
        // the same refund reference answers the refund made first
        Refund again = payments.refund(new RefundPayment(b, order, "return:2", 4000, null));
        assertThat(again.parts()).extracting(Refund.Part::refundId)
                .containsExactlyElementsOf(rest.parts().stream().map(Refund.Part::refundId).toList());
        assertThat(payments.summary(b, order)).isEqualTo(new PaymentSummary(order, 10_000, 10_000, 0));
        assertThat(fixture.entries(b, order, "REFUND")).isEqualTo(4);
        assertThatThrownBy(() -> payments.refund(new RefundPayment(b, order, "return:3", 1, null)))
                .isInstanceOf(Rejection.class);
    }

    @Test
    void closing_a_reference_closes_its_pending_gateway_payments_and_they_can_no_longer_be_paid() {
        String order = anOrder();
        Payment pending = fixture.wechat(brand.tenantId(), brand.storeId(), order, 300);
        payments.close(brand.tenantId(), order);

        Payment closed = fixture.until(brand.tenantId(), pending.id(), "closed", p -> p.status() == PaymentStatus.CLOSED);
        assertThat(closed.refundable()).isZero();
        Eventually.until("the gateway's close confirmed", Duration.ofSeconds(10),
                () -> brands.jdbc().sql("select gateway_closed from payment where id = :id").param("id", pending.id())
                        .query(Boolean.class).single(), confirmed -> confirmed);
        assertThat(PaymentFixture.payOnTheSandboxPage(pending, "oTooLate", false)).isEqualTo(409);
        assertThat(PaymentFixture.open(pending.payUrl(), "en").body()).contains("This payment is closed");
        assertThat(payments.summary(brand.tenantId(), order)).isEqualTo(new PaymentSummary(order, 0, 0, 0));
    }
}

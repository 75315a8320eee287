package io.oneshelf.payment.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.TransitionRefused;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A tender guards its own transitions and never lets refunds exceed what it captured. */
class TenderedTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-01T08:00:00Z");

    private static Tendered aPendingWechatPayment(long amount) {
        return TakeRules.fresh(new TakePayment(UUID.randomUUID(), "order:1", Tender.WECHAT_PAY, amount, null, null,
                null, null, null, "k"), UUID.randomUUID());
    }

    @Test
    void a_pending_payment_succeeds_once_and_a_succeeded_one_is_never_closed() {
        Tendered paid = aPendingWechatPayment(500).succeed("4200", "oPayer", NOW);

        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.flagged()).isFalse();
        assertThat(paid.refundable()).isEqualTo(500);
        assertThatThrownBy(() -> paid.succeed("4200", "oPayer", NOW)).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> paid.end(PaymentStatus.CLOSED, false, NOW)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void a_closed_payment_that_succeeds_anyway_is_flagged() {
        Tendered closed = aPendingWechatPayment(500).end(PaymentStatus.CLOSED, false, NOW);
        assertThat(closed.refundable()).isZero();
        assertThat(closed.late()).isTrue();

        Tendered late = closed.succeed("4200", "oPayer", NOW);
        assertThat(late.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(late.flagged()).isTrue();
    }

    @Test
    void refunds_on_their_way_count_against_what_may_still_be_refunded() {
        Tendered paid = aPendingWechatPayment(500).succeed("4200", "oPayer", NOW);
        Tendered refunding = paid.refunding(300);
        assertThat(refunding.refundable()).isEqualTo(200);
        assertThatThrownBy(() -> refunding.refunding(201)).isInstanceOf(IllegalStateException.class);

        Tendered failed = refunding.refundSettled(300, false, true);
        assertThat(failed.refundable()).isEqualTo(500);
        Tendered refunded = refunding.refundSettled(300, true, true);
        assertThat(refunded.refunded()).isEqualTo(300);
        assertThat(refunded.refundable()).isEqualTo(200);
    }

    @Test
    void cash_must_cover_the_amount_and_gives_the_rest_back() {
        TakePayment shortCash = new TakePayment(UUID.randomUUID(), "order:1", Tender.CASH, 1000, 999L, null, null,
                null, null, "k");
        assertThatThrownBy(() -> TakeRules.check(shortCash)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.faults().get(0).field()).isEqualTo("cashTendered"));

        TakePayment cash = new TakePayment(UUID.randomUUID(), "order:1", Tender.CASH, 1000, 5000L, null, null, null,
                null, "k");
        TakeRules.check(cash);
        Tendered taken = TakeRules.fresh(cash, UUID.randomUUID());
        assertThat(taken.change()).isEqualTo(4000);
        assertThat(taken.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(taken.outTradeNo()).isNull();
    }
}

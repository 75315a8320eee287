package io.oneshelf.payment.tender;

import io.oneshelf.payment.gateway.PaymentSettings;
import io.oneshelf.payment.gateway.WechatPayNotices.Notice;
import io.oneshelf.platform.BatchedDelete;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a verified gateway notification, in one transaction: its nonce is taken (a request seen before within
 * the timestamp window is a replay, refused), its id is recorded (a notification seen before is a duplicate:
 * nothing more happens, and the gateway is answered 200 so that it stops sending it), then the payment or refund
 * it reports is settled by {@link GatewayOutcomes}. A failure rolls all of it back, so the gateway's next attempt
 * (a new nonce) is applied as if it were the first.
 */
@Service
class NoticeDesk {

    /** What happened to a notification. */
    enum Outcome { APPLIED, DUPLICATE }

    private final JdbcClient jdbc;
    private final PaymentBook payments;
    private final RefundBook refunds;
    private final GatewayOutcomes outcomes;
    private final long toleranceSeconds;

    NoticeDesk(JdbcClient jdbc, PaymentBook payments, RefundBook refunds, GatewayOutcomes outcomes,
               PaymentSettings settings) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.refunds = refunds;
        this.outcomes = outcomes;
        this.toleranceSeconds = settings.notifyTolerance().toSeconds();
    }

    @Transactional
    Outcome apply(Notice notice) {
        if (notice.transaction() != null) {
            UUID tenant = payments.tenantOf(notice.transaction().outTradeNo())
                    .orElseThrow(() -> Rejection.notFound("payment"));
            UUID payment = payments.lockByOutTradeNo(tenant, notice.transaction().outTradeNo()).orElseThrow().id();
            if (!received(tenant, notice, payment, null)) {
                return Outcome.DUPLICATE;
            }
            outcomes.apply(tenant, notice.transaction());
            return Outcome.APPLIED;
        }
        RefundPart part = refunds.byOutRefundNo(notice.refund().outRefundNo())
                .orElseThrow(() -> Rejection.notFound("refund"));
        if (!received(part.tenantId(), notice, part.paymentId(), part.id())) {
            return Outcome.DUPLICATE;
        }
        outcomes.apply(part, notice.refund());
        return Outcome.APPLIED;
    }

    /** Takes the nonce (refusing a replay) and records the notification; false when it was received before. */
    private boolean received(UUID tenant, Notice notice, UUID payment, UUID refund) {
        int fresh = jdbc.sql("insert into payment_notice_nonce(nonce, tenant_id, seen_at) values (:nonce, :tenant, now())"
                             + " on conflict do nothing")
                .param("nonce", notice.nonce()).param("tenant", tenant).update();
        if (fresh == 0) {
            throw new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("payment.notice.replayed"));
        }
        return jdbc.sql("""
                insert into payment_notice(id, tenant_id, event_type, payment_id, refund_id, received_at)
                values (:id, :tenant, :type, :payment, :refund, now()) on conflict do nothing""")
                .param("id", notice.id()).param("tenant", tenant).param("type", notice.eventType())
                .param("payment", payment).param("refund", refund).update() == 1;
    }

    /** A nonce older than twice the window can never be replayed: its timestamp is refused anyway. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOldNonces() {
        BatchedDelete.run(jdbc, """
                delete from payment_notice_nonce where nonce in (
                  select nonce from payment_notice_nonce where seen_at < now() - make_interval(secs => :secs)
                  limit :batch for update skip locked)""", Map.of("secs", toleranceSeconds * 2));
    }

}

package io.oneshelf.payment.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sandbox gateway's books: orders, refunds and the notifications it owes merchants. */
@Repository
class SandboxBooks {

    /** A refund as the sandbox books it. */
    record SandboxRefund(String refundId, String outRefundNo, String orderId, long amount, String status,
                         OffsetDateTime createdAt, OffsetDateTime successTime) {
    }

    /** A notification owed: where to, what, and whether it was delivered. */
    record Owed(String id, String notifyUrl, String eventType, String originalType, String summary, String plaintext,
                boolean held, int attempts, Integer lastStatus, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    SandboxBooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SandboxOrder o) {
        jdbc.sql("""
                insert into wechatpay_sandbox_order(id, mchid, appid, out_trade_no, transaction_id, description, total,
                                                    currency, notify_url, trade_state, time_expire, trade_type)
                values (:id, :mchid, :appid, :no, :tx, :description, :total, :currency, :notifyUrl, 'NOTPAY', :expire,
                        :tradeType)
                on conflict (mchid, out_trade_no) do nothing""")
                .param("id", o.id()).param("mchid", o.mchid()).param("appid", o.appid()).param("no", o.outTradeNo())
                .param("tx", o.transactionId()).param("description", o.description()).param("total", o.total())
                .param("currency", o.currency()).param("notifyUrl", o.notifyUrl()).param("expire", o.timeExpire())
                .param("tradeType", o.tradeType()).update();
    }

    Optional<SandboxOrder> order(String id, boolean lock) {
        return jdbc.sql("select * from wechatpay_sandbox_order where id = :id" + (lock ? " for update" : ""))
                .param("id", id).query(SandboxBooks::order).optional();
    }

    Optional<SandboxOrder> byOutTradeNo(String mchid, String outTradeNo, boolean lock) {
        return jdbc.sql("select * from wechatpay_sandbox_order where mchid = :mchid and out_trade_no = :no"
                        + (lock ? " for update" : ""))
                .param("mchid", mchid).param("no", outTradeNo).query(SandboxBooks::order).optional();
    }

    void paid(String id, String openid) {
        jdbc.sql("update wechatpay_sandbox_order set trade_state = 'SUCCESS', payer_openid = :openid,"
                 + " success_time = date_trunc('second', now()) where id = :id")
                .param("id", id).param("openid", openid).update();
    }

    void state(String id, String state) {
        jdbc.sql("update wechatpay_sandbox_order set trade_state = :state where id = :id")
                .param("id", id).param("state", state).update();
    }

    void refunded(String id, long amount) {
        jdbc.sql("update wechatpay_sandbox_order set trade_state = 'REFUND', refunded = refunded + :amount"
                 + " where id = :id").param("id", id).param("amount", amount).update();
    }

    void insert(String mchid, SandboxRefund r, String reason, String notifyUrl) {
        jdbc.sql("""
                insert into wechatpay_sandbox_refund(refund_id, mchid, out_refund_no, order_id, amount, reason,
                                                     notify_url, status, success_time)
                values (:id, :mchid, :no, :order, :amount, :reason, :notifyUrl, :status, date_trunc('second', now()))""")
                .param("id", r.refundId()).param("mchid", mchid).param("no", r.outRefundNo())
                .param("order", r.orderId()).param("amount", r.amount()).param("reason", reason)
                .param("notifyUrl", notifyUrl).param("status", r.status())
                .update();
    }

    Optional<SandboxRefund> refund(String mchid, String outRefundNo) {
        return jdbc.sql("select * from wechatpay_sandbox_refund where mchid = :mchid and out_refund_no = :no")
                .param("mchid", mchid).param("no", outRefundNo)
                .query((rs, n) -> new SandboxRefund(rs.getString("refund_id"), rs.getString("out_refund_no"),
                        rs.getString("order_id"), rs.getLong("amount"), rs.getString("status"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("success_time", OffsetDateTime.class)))
                .optional();
    }

    void owe(Owed n) {
        jdbc.sql("""
                insert into wechatpay_sandbox_notification(id, notify_url, event_type, original_type, summary,
                                                           plaintext, held, next_attempt_at)
                values (:id, :url, :type, :original, :summary, :plaintext, :held,
                        case when :held then null else now() end)""")
                .param("id", n.id()).param("url", n.notifyUrl()).param("type", n.eventType())
                .param("original", n.originalType()).param("summary", n.summary()).param("plaintext", n.plaintext())
                .param("held", n.held())
                .update();
    }

    Optional<Owed> owed(String id) {
        return jdbc.sql("select * from wechatpay_sandbox_notification where id = :id").param("id", id)
                .query(SandboxBooks::owed).optional();
    }

    /** The notifications about an order (its payment's and its refunds'), oldest first. */
    List<Owed> owedFor(String transactionId) {
        return jdbc.sql("select * from wechatpay_sandbox_notification where plaintext like :tx order by created_at")
                .param("tx", "%\"transaction_id\":\"" + transactionId + "\"%").query(SandboxBooks::owed).list();
    }

    /** Due notifications, leased for {@code leaseSeconds} to the caller (several instances share the work). */
    List<Owed> claimDue(long leaseSeconds, int max) {
        return jdbc.sql("""
                update wechatpay_sandbox_notification set next_attempt_at = now() + make_interval(secs => :lease)
                where id in (select id from wechatpay_sandbox_notification
                             where next_attempt_at <= now() order by next_attempt_at limit :max for update skip locked)
                returning *""")
                .param("lease", leaseSeconds).param("max", max).query(SandboxBooks::owed).list();
    }

    /** One attempt's outcome: delivered on a 2xx; otherwise due again after the lease, until it gives up. */
    void attempted(String id, int status, boolean giveUp) {
        jdbc.sql("""
                update wechatpay_sandbox_notification set attempts = attempts + 1, last_status = :status, held = false,
                       delivered_at = case when :ok then coalesce(delivered_at, now()) else delivered_at end,
                       next_attempt_at = case when :ok or :giveUp then null else next_attempt_at end
                where id = :id""")
                .param("id", id).param("status", status).param("ok", status >= 200 && status < 300)
                .param("giveUp", giveUp).update();
    }

    private static SandboxOrder order(ResultSet rs, int row) throws SQLException {
        return new SandboxOrder(rs.getString("id"), rs.getString("mchid"), rs.getString("appid"),
                rs.getString("out_trade_no"), rs.getString("transaction_id"), rs.getString("description"),
                rs.getLong("total"), rs.getString("currency"), rs.getString("notify_url"),
                rs.getString("trade_state"), rs.getString("payer_openid"),
                rs.getObject("time_expire", OffsetDateTime.class), rs.getObject("success_time", OffsetDateTime.class),
                rs.getLong("refunded"), rs.getString("trade_type"));
    }

    private static Owed owed(ResultSet rs, int row) throws SQLException {
        return new Owed(rs.getString("id"), rs.getString("notify_url"), rs.getString("event_type"),
                rs.getString("original_type"), rs.getString("summary"), rs.getString("plaintext"),
                rs.getBoolean("held"), rs.getInt("attempts"), (Integer) rs.getObject("last_status"),
                rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}

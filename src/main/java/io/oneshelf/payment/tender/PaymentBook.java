package io.oneshelf.payment.tender;

import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Tender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment table: one row per tender. Every query names the tenant, except finding a gateway's out_trade_no. */
@Repository
class PaymentBook {

    private final JdbcClient jdbc;

    PaymentBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the payment unless its idempotency key was taken (then waits for that one's commit); false then. */
    boolean insert(Tendered p) {
        return jdbc.sql("""
                insert into payment(id, tenant_id, reference, tender, status, amount, cash_tendered, change_given,
                                    card_reference, description, out_trade_no, transaction_id, pay_url, payer_id,
                                    place_id, staff_id, idempotency_key, created_at, succeeded_at)
                values (:id, :tenant, :reference, :tender, :status, :amount, :cash, :change, :card, :description,
                        :outTradeNo, :transaction, :payUrl, :payer, :place, :staff, :key, now(),
                        case when :status = 'SUCCEEDED' then now() end)
                on conflict (tenant_id, idempotency_key) do nothing""")
                .param("id", p.id()).param("tenant", p.tenantId()).param("reference", p.reference())
                .param("tender", p.tender().name()).param("status", p.status().name()).param("amount", p.amount())
                .param("cash", p.cashTendered()).param("change", p.change()).param("card", p.cardReference())
                .param("description", p.description()).param("outTradeNo", p.outTradeNo())
                .param("transaction", p.transactionId()).param("payUrl", p.payUrl()).param("payer", p.payerId())
                .param("place", p.placeId()).param("staff", p.staffId()).param("key", p.key())
                .update() == 1;
    }

    /** Writes what a transition changed; the row must be locked by the caller. */
    void update(Tendered p) {
        jdbc.sql("""
                update payment set status = :status, refunded = :refunded, refund_pending = :pending,
                       transaction_id = :transaction, pay_url = :payUrl, payer_id = :payer, flagged = :flagged,
                       gateway_closed = :gatewayClosed, succeeded_at = :succeededAt, closed_at = :closedAt
                where tenant_id = :tenant and id = :id""")
                .param("status", p.status().name()).param("refunded", p.refunded()).param("pending", p.refundPending())
                .param("transaction", p.transactionId()).param("payUrl", p.payUrl()).param("payer", p.payerId())
                .param("flagged", p.flagged()).param("gatewayClosed", p.gatewayClosed())
                .param("succeededAt", p.succeededAt()).param("closedAt", p.closedAt())
                .param("tenant", p.tenantId()).param("id", p.id())
                .update();
    }

    Optional<Tendered> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(PaymentBook::map).optional();
    }

    Optional<Tendered> lock(UUID tenant, UUID id) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id).query(PaymentBook::map).optional();
    }

    Optional<Tendered> byKey(UUID tenant, String key) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and idempotency_key = :key")
                .param("tenant", tenant).param("key", key).query(PaymentBook::map).optional();
    }

    /** The tenant of the payment a gateway knows by this number: a notification names no brand. */
    Optional<UUID> tenantOf(String outTradeNo) {
        return jdbc.sql("select tenant_id from payment where out_trade_no = :no").param("no", outTradeNo)
                .query(UUID.class).optional();
    }

    Optional<Tendered> lockByOutTradeNo(UUID tenant, String outTradeNo) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and out_trade_no = :no for update")
                .param("tenant", tenant).param("no", outTradeNo).query(PaymentBook::map).optional();
    }

    /** The tenders of a reference, oldest first. */
    List<Tendered> ofReference(UUID tenant, String reference) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and reference = :reference"
                        + " order by created_at, id")
                .param("tenant", tenant).param("reference", reference).query(PaymentBook::map).list();
    }

    /** The reference's captured tenders, newest first, locked (in id order, as every writer locks them). */
    List<Tendered> lockCaptured(UUID tenant, String reference) {
        return jdbc.sql("""
                select * from (select * from payment where tenant_id = :tenant and reference = :reference
                               and status = 'SUCCEEDED' order by id for update) p
                order by created_at desc, id desc""")
                .param("tenant", tenant).param("reference", reference).query(PaymentBook::map).list();
    }

    List<Tendered> lockPending(UUID tenant, String reference) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and reference = :reference"
                        + " and status = 'PENDING' order by id for update")
                .param("tenant", tenant).param("reference", reference).query(PaymentBook::map).list();
    }

    /** A page of payments after {@code after}, by id, optionally of one reference and of some places only. */
    List<Tendered> page(UUID tenant, String reference, UUID[] places, UUID after, int rows) {
        return jdbc.sql("select * from payment where tenant_id = :tenant and id > :after"
                        + (reference == null ? "" : " and reference = :reference")
                        + (places == null ? "" : " and place_id = any(:places)")
                        + " order by id limit :rows")
                .param("tenant", tenant).param("after", after).param("reference", reference)
                .param("places", places).param("rows", rows)
                .query(PaymentBook::map).list();
    }

    static Tendered map(ResultSet rs, int row) throws SQLException {
        return new Tendered(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("reference"), Tender.valueOf(rs.getString("tender")),
                PaymentStatus.valueOf(rs.getString("status")), rs.getLong("amount"), rs.getLong("refunded"),
                rs.getLong("refund_pending"), rs.getLong("cash_tendered"), rs.getLong("change_given"),
                rs.getString("card_reference"), rs.getString("description"), rs.getString("out_trade_no"),
                rs.getString("transaction_id"), rs.getString("pay_url"), rs.getString("payer_id"),
                rs.getObject("place_id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getBoolean("flagged"), rs.getString("idempotency_key"), rs.getBoolean("gateway_closed"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("succeeded_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class));
    }
}

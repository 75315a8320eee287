package io.oneshelf.payment.tender;

import io.oneshelf.payment.Refund;
import io.oneshelf.payment.Tender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The refund table: one row per tender a refund goes back to. */
@Repository
class RefundBook {

    private static final String SELECT = """
            select r.*, p.tender from refund r join payment p on p.tenant_id = r.tenant_id and p.id = r.payment_id""";

    private final JdbcClient jdbc;

    RefundBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RefundPart r) {
        jdbc.sql("""
                insert into refund(id, tenant_id, payment_id, reference, refund_reference, amount, status, reason,
                                   out_refund_no, created_at, settled_at)
                values (:id, :tenant, :payment, :reference, :refundReference, :amount, :status, :reason, :outRefundNo,
                        now(), case when :status = 'SUCCEEDED' then now() end)""")
                .param("id", r.id()).param("tenant", r.tenantId()).param("payment", r.paymentId())
                .param("reference", r.reference()).param("refundReference", r.refundReference())
                .param("amount", r.amount()).param("status", r.status().name()).param("reason", r.reason())
                .param("outRefundNo", r.outRefundNo())
                .update();
    }

    void update(RefundPart r) {
        jdbc.sql("""
                update refund set status = :status, provider_refund_id = :gatewayId, submitted = :submitted,
                       settled_at = :settledAt
                where tenant_id = :tenant and id = :id""")
                .param("status", r.status().name()).param("gatewayId", r.providerRefundId())
                .param("submitted", r.submitted()).param("settledAt", r.settledAt())
                .param("tenant", r.tenantId()).param("id", r.id())
                .update();
    }

    /** The parts of one refund, in the order they were allocated (newest tender first). */
    List<RefundPart> byRefundReference(UUID tenant, String refundReference) {
        return jdbc.sql(SELECT + " where r.tenant_id = :tenant and r.refund_reference = :ref order by r.id")
                .param("tenant", tenant).param("ref", refundReference).query(RefundBook::map).list();
    }

    Optional<RefundPart> find(UUID tenant, UUID id) {
        return jdbc.sql(SELECT + " where r.tenant_id = :tenant and r.id = :id")
                .param("tenant", tenant).param("id", id).query(RefundBook::map).optional();
    }

    /** Locks a part; its payment must be locked first (every writer locks the payment, then the refund). */
    Optional<RefundPart> lock(UUID tenant, UUID id) {
        return jdbc.sql(SELECT + " where r.tenant_id = :tenant and r.id = :id for update of r")
                .param("tenant", tenant).param("id", id).query(RefundBook::map).optional();
    }

    /** The tenant and part a gateway's out_refund_no names: a notification names no brand. */
    Optional<RefundPart> byOutRefundNo(String outRefundNo) {
        return jdbc.sql(SELECT + " where r.out_refund_no = :no").param("no", outRefundNo)
                .query(RefundBook::map).optional();
    }

    static RefundPart map(ResultSet rs, int row) throws SQLException {
        return new RefundPart(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("payment_id", UUID.class), Tender.valueOf(rs.getString("tender")),
                rs.getString("reference"), rs.getString("refund_reference"), rs.getLong("amount"),
                Refund.Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("out_refund_no"),
                rs.getString("provider_refund_id"), rs.getBoolean("submitted"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("settled_at", OffsetDateTime.class));
    }
}

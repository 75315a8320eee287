package io.oneshelf.payment.tender;

import io.oneshelf.payment.PaymentSummary;
import io.oneshelf.platform.Ids;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only ledger of money taken and given back (payment_entry): a capture adds a payment's amount, a
 * refund part takes its amount away. The database allows one capture per payment and one entry per refund part,
 * so whatever applies a gateway's answer twice cannot count it twice.
 */
@Repository
class MoneyLedger {

    private final JdbcClient jdbc;

    MoneyLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void capture(Tendered p) {
        jdbc.sql("""
                insert into payment_entry(id, tenant_id, reference, payment_id, kind, amount, created_at)
                values (:id, :tenant, :reference, :payment, 'CAPTURE', :amount, now())""")
                .param("id", Ids.next()).param("tenant", p.tenantId()).param("reference", p.reference())
                .param("payment", p.id()).param("amount", p.amount())
                .update();
    }

    void refund(RefundPart r) {
        jdbc.sql("""
                insert into payment_entry(id, tenant_id, reference, payment_id, refund_id, kind, amount, created_at)
                values (:id, :tenant, :reference, :payment, :refund, 'REFUND', :amount, now())""")
                .param("id", Ids.next()).param("tenant", r.tenantId()).param("reference", r.reference())
                .param("payment", r.paymentId()).param("refund", r.id()).param("amount", -r.amount())
                .update();
    }

    /** Captured and refunded by the ledger, pending by the tenders still waiting for their gateway. */
    PaymentSummary summary(UUID tenant, String reference) {
        return jdbc.sql("""
                select coalesce((select sum(amount) from payment_entry where tenant_id = :tenant
                                 and reference = :reference and kind = 'CAPTURE'), 0) as paid,
                       coalesce((select -sum(amount) from payment_entry where tenant_id = :tenant
                                 and reference = :reference and kind = 'REFUND'), 0) as refunded,
                       coalesce((select sum(amount) from payment where tenant_id = :tenant and reference = :reference
                                 and status = 'PENDING'), 0) as pending""")
                .param("tenant", tenant).param("reference", reference)
                .query((rs, n) -> new PaymentSummary(reference, rs.getLong("paid"), rs.getLong("refunded"),
                        rs.getLong("pending")))
                .single();
    }
}

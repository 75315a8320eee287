package io.oneshelf.payment.tender;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves that the payment ledger and the payment and refund rows tell the same story, per reference, in one
 * snapshot: captured by the ledger = the amounts of the succeeded tenders; refunded by the ledger = the succeeded
 * refund parts = what the tenders say they refunded; and no tender has more refunded or on its way back than it
 * captured. A healthy brand has no differences.
 */
@Service
class PaymentCheck {

    /** A reference whose books disagree. */
    record Difference(String reference, long ledgerPaid, long paymentsPaid, long ledgerRefunded, long refundsRefunded,
                      long paymentsRefunded, long overRefunded) {
    }

    /**
     * What a check read: one reference or all the caller sees, as of {@code checkedAt}, and what disagrees (none
     * when all is well).
     */
    record Reconciliation(String reference, int referencesChecked, long paymentsChecked, long refundsChecked,
                          long entriesRead, OffsetDateTime checkedAt, List<Difference> differences) {
    }

    private static final String PER_REFERENCE = """
            with p as (select * from payment where tenant_id = :tenant %1$s),
                 refs as (select distinct reference from p),
                 e as (select reference, sum(amount) filter (where kind = 'CAPTURE') as paid,
                              -sum(amount) filter (where kind = 'REFUND') as refunded, count(*) as entries
                       from payment_entry where tenant_id = :tenant and reference in (select reference from refs)
                       group by reference),
                 r as (select reference, sum(amount) filter (where status = 'SUCCEEDED') as refunded, count(*) as n
                       from refund where tenant_id = :tenant and reference in (select reference from refs)
                       group by reference),
                 t as (select reference, sum(amount) filter (where status = 'SUCCEEDED') as paid,
                              sum(refunded) as refunded, count(*) as n,
                              sum(greatest(refunded + refund_pending - case when status = 'SUCCEEDED' then amount
                                           else 0 end, 0)) as over
                       from payment where tenant_id = :tenant and reference in (select reference from refs)
                       group by reference)
            select t.reference, coalesce(e.paid, 0) as ledger_paid, coalesce(t.paid, 0) as payments_paid,
                   coalesce(e.refunded, 0) as ledger_refunded, coalesce(r.refunded, 0) as refunds_refunded,
                   coalesce(t.refunded, 0) as payments_refunded, t.over, t.n as payments, coalesce(r.n, 0) as refunds,
                   coalesce(e.entries, 0) as entries
            from t left join e on e.reference = t.reference left join r on r.reference = t.reference
            order by t.reference""";

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    PaymentCheck(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Checks one reference, or every reference with a tender at the given places (null: the whole brand). */
    Reconciliation check(UUID tenant, String reference, UUID[] places) {
        String filter = (reference == null ? "" : " and reference = :reference")
                        + (places == null ? "" : " and place_id = any(:places)");
        return snapshot.execute(tx -> {
            OffsetDateTime at = jdbc.sql("select now()").query(OffsetDateTime.class).single();
            long[] counts = new long[3];
            List<Difference> differences = new java.util.ArrayList<>();
            int[] references = {0};
            jdbc.sql(PER_REFERENCE.formatted(filter)).param("tenant", tenant).param("reference", reference)
                    .param("places", places)
                    .query((rs, n) -> {
                        references[0]++;
                        counts[0] += rs.getLong("payments");
                        counts[1] += rs.getLong("refunds");
                        counts[2] += rs.getLong("entries");
                        Difference d = new Difference(rs.getString("reference"), rs.getLong("ledger_paid"),
                                rs.getLong("payments_paid"), rs.getLong("ledger_refunded"),
                                rs.getLong("refunds_refunded"), rs.getLong("payments_refunded"), rs.getLong("over"));
                        if (d.ledgerPaid() != d.paymentsPaid() || d.ledgerRefunded() != d.refundsRefunded()
                            || d.ledgerRefunded() != d.paymentsRefunded() || d.overRefunded() != 0) {
                            differences.add(d);
                        }
                        return d;
                    }).list();
            return new Reconciliation(reference, references[0], counts[0], counts[1], counts[2], at,
                    List.copyOf(differences));
        });
    }
}

package io.oneshelf.loyalty.wallet;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves, in one snapshot, that the wallets' balances are the sums of their ledger: per wallet, its principal and
 * bonus = the sums of its entries = the sums of its owners' buckets, and every owner's bucket = the sum of that
 * owner's entries, none negative; and that every credited top-up has exactly its value in the ledger and no
 * pending one has any. A healthy brand has no differences.
 */
@Service
class WalletCheck {

    /** A wallet whose books disagree ({@code ownersOff}: owners whose bucket is not the sum of their entries). */
    record Difference(UUID customerId, long walletPrincipal, long walletBonus, long ledgerPrincipal,
                      long ledgerBonus, long bucketPrincipal, long bucketBonus, long ownersOff) {
    }

    /** What a check read, as of {@code checkedAt}, and what disagrees (none when all is well). */
    record Reconciliation(UUID customerId, long walletsChecked, long entriesRead, long topUpsOff,
                          OffsetDateTime checkedAt, List<Difference> differences) {
    }

    private static final String PER_WALLET = """
            with w as (select * from wallet where tenant_id = :tenant %1$s),
                 e as (select wallet_id, owner_kind, owner_id, sum(principal) as p, sum(bonus) as b, count(*) as n
                       from wallet_entry where tenant_id = :tenant and wallet_id in (select id from w)
                       group by wallet_id, owner_kind, owner_id),
                 k as (select wallet_id, owner_kind, owner_id, principal as p, bonus as b
                       from wallet_bucket where tenant_id = :tenant and wallet_id in (select id from w)),
                 o as (select coalesce(e.wallet_id, k.wallet_id) as wallet_id, coalesce(e.p, 0) as ep,
                              coalesce(e.b, 0) as eb, coalesce(e.n, 0) as n, coalesce(k.p, 0) as kp,
                              coalesce(k.b, 0) as kb
                       from e full join k on e.wallet_id = k.wallet_id and e.owner_kind = k.owner_kind
                                         and e.owner_id = k.owner_id),
                 s as (select wallet_id, sum(ep) as ep, sum(eb) as eb, sum(n) as n, sum(kp) as kp, sum(kb) as kb,
                              count(*) filter (where ep <> kp or eb <> kb or ep < 0 or eb < 0) as off
                       from o group by wallet_id)
            select w.customer_id, w.principal, w.bonus, coalesce(s.ep, 0) as ep, coalesce(s.eb, 0) as eb,
                   coalesce(s.n, 0) as n, coalesce(s.kp, 0) as kp, coalesce(s.kb, 0) as kb, coalesce(s.off, 0) as off
            from w left join s on s.wallet_id = w.id order by w.id""";

    private static final String TOP_UPS_OFF = """
            select count(*) from wallet_topup t
            left join lateral (select coalesce(sum(principal), 0) as p, coalesce(sum(bonus), 0) as b, count(*) as n
                               from wallet_entry x where x.tenant_id = :tenant and x.move_id = t.id) e on true
            where t.tenant_id = :tenant %1$s
              and case when t.status = 'CREDITED' then e.n <> 1 or e.p <> t.principal or e.b <> t.bonus
                       else e.n <> 0 end""";

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    WalletCheck(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Checks one customer's wallet, or every wallet of the brand ({@code customerId} null). */
    Reconciliation check(UUID brandId, UUID customerId) {
        String filter = customerId == null ? "" : " and customer_id = :customer";
        return snapshot.execute(tx -> {
            OffsetDateTime at = jdbc.sql("select now()").query(OffsetDateTime.class).single();
            long[] counts = new long[2];
            List<Difference> differences = new ArrayList<>();
            jdbc.sql(PER_WALLET.formatted(filter)).param("tenant", brandId).param("customer", customerId)
                    .query((rs, n) -> {
                        counts[0]++;
                        counts[1] += rs.getLong("n");
                        Difference d = new Difference(rs.getObject("customer_id", UUID.class),
                                rs.getLong("principal"), rs.getLong("bonus"), rs.getLong("ep"), rs.getLong("eb"),
                                rs.getLong("kp"), rs.getLong("kb"), rs.getLong("off"));
                        if (d.walletPrincipal() != d.ledgerPrincipal() || d.walletBonus() != d.ledgerBonus()
                            || d.bucketPrincipal() != d.ledgerPrincipal() || d.bucketBonus() != d.ledgerBonus()
                            || d.ownersOff() != 0) {
                            differences.add(d);
                        }
                        return d;
                    }).list();
            long topUpsOff = jdbc.sql(TOP_UPS_OFF.formatted(customerId == null ? "" : " and t.customer_id = :customer"))
                    .param("tenant", brandId).param("customer", customerId).query(Long.class).single();
            return new Reconciliation(customerId, counts[0], counts[1], topUpsOff, at, List.copyOf(differences));
        });
    }
}

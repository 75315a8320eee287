package io.oneshelf.distribution.commission;

import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Withdrawals ({@code distribution_withdrawal}) and the payout ledger ({@code distribution_payout}, rows only ever
 * added, one per withdrawal and kind), with the balances both ledgers give.
 */
@Repository
class Payouts {

    private final JdbcClient jdbc;

    Payouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Balance balance(UUID brand, UUID distributor) {
        return jdbc.sql("""
                        select (select coalesce(sum(pending), 0) from distribution_commission
                                 where tenant_id = :brand and distributor_id = :d) as pending,
                               (select coalesce(sum(available), 0) from distribution_commission
                                 where tenant_id = :brand and distributor_id = :d)
                               + (select coalesce(sum(amount), 0) from distribution_payout
                                   where tenant_id = :brand and distributor_id = :d) as available,
                               (select coalesce(sum(amount), 0) from distribution_withdrawal
                                 where tenant_id = :brand and distributor_id = :d and status = 'REQUESTED')
                                 as requested,
                               (select coalesce(sum(amount), 0) from distribution_withdrawal
                                 where tenant_id = :brand and distributor_id = :d and status = 'PAID') as withdrawn""")
                .param("brand", brand).param("d", distributor)
                .query((rs, n) -> new Balance(rs.getLong("pending"), rs.getLong("available"),
                        rs.getLong("requested"), rs.getLong("withdrawn"))).single();
    }

    Withdrawal request(UUID brand, UUID distributor, long amount) {
        Withdrawal w = jdbc.sql("""
                        insert into distribution_withdrawal(id, tenant_id, distributor_id, amount, status,
                                                            requested_at)
                        values (:id, :brand, :d, :amount, 'REQUESTED', now()) returning *""")
                .param("id", Ids.next()).param("brand", brand).param("d", distributor).param("amount", amount)
                .query(Payouts::map).single();
        record(brand, w, "HELD", -amount, null);
        return w;
    }

    /** The withdrawal, locked until the transaction ends (one decision at a time). */
    Optional<Withdrawal> lock(UUID brand, UUID id) {
        return jdbc.sql("select * from distribution_withdrawal where tenant_id = :brand and id = :id for update")
                .param("brand", brand).param("id", id).query(Payouts::map).optional();
    }

    Withdrawal decide(UUID brand, Withdrawal w, String status, UUID by, String transferId, String reason) {
        Withdrawal after = jdbc.sql("""
                        update distribution_withdrawal set status = :status, decided_at = now(), decided_by = :by,
                                                           transfer_id = :transfer, reason = :reason
                        where id = :id and status = 'REQUESTED' returning *""")
                .param("id", w.id()).param("status", status).param("by", by).param("transfer", transferId)
                .param("reason", reason).query(Payouts::map).single();
        if (status.equals("PAID")) {
            record(brand, w, "PAID", 0, transferId);
        } else {
            record(brand, w, "RELEASED", w.amount(), null);
        }
        return after;
    }

    private void record(UUID brand, Withdrawal w, String kind, long amount, String transferId) {
        jdbc.sql("""
                        insert into distribution_payout(id, tenant_id, distributor_id, withdrawal_id, kind, amount,
                                                        transfer_id, recorded_at)
                        values (:id, :brand, :d, :w, :kind, :amount, :transfer, now())""")
                .param("id", Ids.next()).param("brand", brand).param("d", w.distributorId()).param("w", w.id())
                .param("kind", kind).param("amount", amount).param("transfer", transferId).update();
    }

    List<Withdrawal> list(UUID brand, UUID distributor, String status, UUID before, int limit) {
        return jdbc.sql("""
                        select * from distribution_withdrawal where tenant_id = :brand
                          and (cast(:d as uuid) is null or distributor_id = :d)
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("d", distributor).param("status", status).param("before", before)
                .param("limit", limit).query(Payouts::map).list();
    }

    static Withdrawal map(ResultSet rs, int n) throws SQLException {
        return new Withdrawal(rs.getObject("id", UUID.class), rs.getObject("distributor_id", UUID.class),
                rs.getLong("amount"), rs.getString("status"), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("decided_by", UUID.class),
                rs.getString("transfer_id"), rs.getString("reason"));
    }
}

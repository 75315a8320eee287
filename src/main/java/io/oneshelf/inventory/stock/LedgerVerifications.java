package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockCheckpoints.Verified;
import io.oneshelf.inventory.stock.StockViews.Finding;
import io.oneshelf.inventory.stock.StockViews.Verification;
import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full re-verifications of a brand's ledger: the rows that say how far each has come. A run is claimed by one
 * server at a time with a lease, walks the balances in key order one chunk per transaction, and records its
 * position after every chunk, so that another server (or this one after a restart) resumes where it stopped.
 */
@Repository
class LedgerVerifications {

    private final JdbcClient jdbc;

    LedgerVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a run for the brand, or returns the one already running (at most one runs per brand). */
    Verification start(UUID tenant, String requestedBy) {
        jdbc.sql("""
                insert into stock_verification (id, tenant_id, status, requested_by, balances_total, balances_done,
                                                movements_read, differences, started_at, updated_at)
                values (:id, :tenant, 'RUNNING', :by,
                        (select count(*) from stock_balance where tenant_id = :tenant), 0, 0, 0, now(), now())
                on conflict (tenant_id) where status = 'RUNNING' do nothing""")
                .param("id", Ids.next()).param("tenant", tenant).param("by", requestedBy).update();
        return running(tenant).orElseThrow();
    }

    Optional<Verification> running(UUID tenant) {
        return jdbc.sql("select * from stock_verification where tenant_id = :tenant and status = 'RUNNING'")
                .param("tenant", tenant).query(LedgerVerifications::verification).optional();
    }

    Optional<Verification> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from stock_verification where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(LedgerVerifications::verification).optional();
    }

    Optional<Verification> latest(UUID tenant) {
        return jdbc.sql("""
                select * from stock_verification where tenant_id = :tenant order by started_at desc limit 1""")
                .param("tenant", tenant).query(LedgerVerifications::verification).optional();
    }

    /** The latest finished run of the brand, if any. */
    Optional<Verification> lastDone(UUID tenant) {
        return jdbc.sql("""
                select * from stock_verification where tenant_id = :tenant and status = 'DONE'
                order by finished_at desc limit 1""")
                .param("tenant", tenant).query(LedgerVerifications::verification).optional();
    }

    List<Finding> findings(UUID id, int limit) {
        return jdbc.sql("""
                select * from stock_verification_finding where verification_id = :id
                order by subject, sku_id, location_id limit :limit""")
                .param("id", id).param("limit", limit)
                .query((rs, n) -> new Finding(rs.getString("subject"), rs.getObject("sku_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getLong("on_hand"), rs.getLong("reserved"),
                        rs.getLong("ledger_on_hand"), rs.getLong("ledger_reserved")))
                .list();
    }

    /** A run this server may work on: unclaimed, its lease run out, or already this server's. */
    record Claim(UUID id, UUID tenantId, UUID afterSku, UUID afterLocation) {
    }

    Optional<Claim> claim(String owner, Duration lease) {
        return jdbc.sql("""
                update stock_verification set lease_owner = :owner, lease_until = now() + :lease * interval '1 second'
                where id = (select id from stock_verification
                            where status = 'RUNNING'
                              and (lease_until is null or lease_until < now() or lease_owner = :owner)
                            order by started_at limit 1 for update skip locked)
                returning id, tenant_id, after_sku, after_location""")
                .param("owner", owner).param("lease", lease.toSeconds())
                .query((rs, n) -> new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)))
                .optional();
    }

    /**
     * Records a verified chunk and the new position, renewing the lease; false when the lease was lost (then the
     * caller rolls the chunk back and another server carries on).
     */
    boolean progress(Claim claim, String owner, Duration lease, List<Verified> chunk, BalanceKey end) {
        long movements = chunk.stream().mapToLong(Verified::movements).sum();
        int balances = (int) chunk.stream().filter(Verified::hasBalance).count();
        List<Verified> balanceFindings = chunk.stream().filter(Verified::balanceDiffers).toList();
        List<Verified> checkpointFindings = chunk.stream().filter(Verified::checkpointDiffers).toList();
        int updated = jdbc.sql("""
                update stock_verification
                set balances_done = balances_done + :balances, movements_read = movements_read + :movements,
                    differences = differences + :found, after_sku = :sku, after_location = :location,
                    lease_until = now() + :lease * interval '1 second', updated_at = now(),
                    status = case when :last then 'DONE' else status end,
                    finished_at = case when :last then now() end
                where id = :id and lease_owner = :owner and status = 'RUNNING'""")
                .param("balances", balances).param("movements", movements)
                .param("found", balanceFindings.size() + checkpointFindings.size())
                .param("sku", end == null ? null : end.skuId(), java.sql.Types.OTHER)
                .param("location", end == null ? null : end.locationId(), java.sql.Types.OTHER)
                .param("lease", lease.toSeconds()).param("last", end == null).param("id", claim.id())
                .param("owner", owner).update();
        if (updated == 0) {
            return false;
        }
        record(claim.id(), "BALANCE", balanceFindings, false);
        record(claim.id(), "CHECKPOINT", checkpointFindings, true);
        return true;
    }

    private void record(UUID verification, String subject, List<Verified> found, boolean checkpoint) {
        for (Verified v : found) {
            jdbc.sql("""
                    insert into stock_verification_finding (verification_id, sku_id, location_id, subject, on_hand,
                                                            reserved, ledger_on_hand, ledger_reserved)
                    values (:id, :sku, :location, :subject, :onHand, :reserved, :ledgerOnHand, :ledgerReserved)""")
                    .param("id", verification).param("sku", v.skuId()).param("location", v.locationId())
                    .param("subject", subject)
                    .param("onHand", checkpoint ? v.checkpointOnHand() : v.onHand())
                    .param("reserved", checkpoint ? v.checkpointReserved() : v.reserved())
                    .param("ledgerOnHand", checkpoint ? v.belowOnHand() : v.ledgerOnHand())
                    .param("ledgerReserved", checkpoint ? v.belowReserved() : v.ledgerReserved())
                    .update();
        }
    }

    /** Brands whose last run started before the given time, or that never had one, and have a ledger. */
    List<UUID> due(OffsetDateTime before) {
        return jdbc.sql("""
                select t.id from tenant t
                where exists (select 1 from stock_balance b where b.tenant_id = t.id)
                  and not exists (select 1 from stock_verification v
                                  where v.tenant_id = t.id and (v.started_at >= :before or v.status = 'RUNNING'))""")
                .param("before", before).query(UUID.class).list();
    }

    private static Verification verification(ResultSet rs, int n) throws SQLException {
        return new Verification(rs.getObject("id", UUID.class), rs.getString("status"),
                rs.getString("requested_by"), rs.getInt("balances_total"), rs.getInt("balances_done"),
                rs.getLong("movements_read"), rs.getInt("differences"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                List.of());
    }
}

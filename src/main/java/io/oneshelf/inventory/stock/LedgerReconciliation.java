package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.LedgerVerifications.Claim;
import io.oneshelf.inventory.stock.StockCheckpoints.Checked;
import io.oneshelf.inventory.stock.StockCheckpoints.Horizon;
import io.oneshelf.inventory.stock.StockCheckpoints.Verified;
import io.oneshelf.inventory.stock.StockViews.Reconciliation;
import io.oneshelf.inventory.stock.StockViews.Verification;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves that balances equal the ledger (decision 0014): a check reads the scope's checkpoints and the movements
 * since; checkpoints advance on a schedule; a full re-verification re-reads all history in the background, chunk
 * by chunk, finds what a check cannot (a checkpoint that is itself wrong) and rewrites the checkpoints it proves.
 * Nothing here locks a balance: sales never wait for reconciliation.
 */
@Service
class LedgerReconciliation {

    private static final Logger log = LoggerFactory.getLogger(LedgerReconciliation.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final int FINDINGS_SHOWN = 100;

    private final StockPlaces places;
    private final StockCheckpoints checkpoints;
    private final LedgerVerifications verifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writes;
    private final int chunk;
    /** Identifies this server instance in verification leases. */
    private final String owner = "server-" + UUID.randomUUID();

    LedgerReconciliation(StockPlaces places, StockCheckpoints checkpoints, LedgerVerifications verifications,
                         JdbcClient jdbc, PlatformTransactionManager transactions,
                         @Value("${oneshelf.inventory.verification-chunk:200}") int chunk) {
        this.places = places;
        this.checkpoints = checkpoints;
        this.verifications = verifications;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
        this.chunk = chunk;
    }

    /** Checks the balances the caller's scope reaches, optionally of one place and one SKU. */
    Reconciliation check(Actor actor, UUID sku, UUID location) {
        UUID[] visible = StockPlaces.ids(places.visible(actor));
        if (location != null && !List.of(visible).contains(location)) {
            throw Rejection.notFound("stock-location");
        }
        if (sku != null) {
            places.sku(actor, sku, "skuId");
        }
        UUID tenant = actor.tenantId();
        return snapshot.execute(tx -> {
            OffsetDateTime at = jdbc.sql("select now()").query(OffsetDateTime.class).single();
            Horizon horizon = checkpoints.horizon(tenant);
            Checked checked = checkpoints.check(tenant, visible, sku, location, horizon.horizon());
            OffsetDateTime verifiedAt = verifications.lastDone(tenant).map(Verification::finishedAt).orElse(null);
            return new Reconciliation(location, sku, checked.balances(), horizon.movements(), horizon.advancedAt(),
                    checked.movementsSince(), at, verifiedAt, checked.differences());
        });
    }

    Verification start(Actor actor) {
        brandWide(actor);
        return verifications.start(actor.tenantId(), actor.name());
    }

    Verification verification(Actor actor, UUID id) {
        brandWide(actor);
        Verification v = verifications.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("verification"));
        return v.withFindings(verifications.findings(id, FINDINGS_SHOWN));
    }

    Verification latest(Actor actor) {
        brandWide(actor);
        Verification v = verifications.latest(actor.tenantId())
                .orElseThrow(() -> Rejection.notFound("verification"));
        return v.withFindings(verifications.findings(v.id(), FINDINGS_SHOWN));
    }

    /** A verification covers every place of the brand, so only brand-wide staff start one or read its findings. */
    private static void brandWide(Actor actor) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("inventory.verification.brand-wide-only");
        }
    }

    /** Advances the checkpoints of every brand with a ledger; a brand another server is busy with is skipped. */
    void advanceAll() {
        for (UUID tenant : jdbc.sql("select id from tenant").query(UUID.class).list()) {
            advance(tenant);
        }
    }

    long advance(UUID tenant) {
        Long added = writes.execute(tx -> checkpoints.tryLock(tenant) ? checkpoints.advance(tenant) : 0L);
        return added == null ? 0 : added;
    }

    /** Starts a verification for every brand whose last one started longer ago than {@code every}. */
    void startDue(Duration every) {
        for (UUID tenant : verifications.due(OffsetDateTime.now().minus(every))) {
            verifications.start(tenant, "schedule");
        }
    }

    /**
     * Works on one claimed verification until it is done or its lease is lost; false when there was none to
     * claim.
     */
    boolean work() {
        Claim claim = verifications.claim(owner, LEASE).orElse(null);
        if (claim == null) {
            return false;
        }
        UUID afterSku = claim.afterSku();
        UUID afterLocation = claim.afterLocation();
        while (true) {
            UUID fromSku = afterSku;
            UUID fromLocation = afterLocation;
            BalanceKey end = checkpoints.chunkEnd(claim.tenantId(), fromSku, fromLocation, chunk);
            Boolean kept = writes.execute(tx -> {
                checkpoints.lock(claim.tenantId());
                List<Verified> verified = checkpoints.verify(claim.tenantId(), fromSku, fromLocation, end);
                checkpoints.rewrite(claim.tenantId(), verified);
                if (!verifications.progress(claim, owner, LEASE, verified, end)) {
                    tx.setRollbackOnly();
                    return false;
                }
                return true;
            });
            if (!Boolean.TRUE.equals(kept)) {
                log.info("Lost the lease on ledger verification {}; another server carries on", claim.id());
                return true;
            }
            if (end == null) {
                advance(claim.tenantId());
                verifications.find(claim.tenantId(), claim.id()).ifPresent(v -> log.info(
                        "Verified the stock ledger of tenant {}: {} balances, {} movements, {} differences",
                        claim.tenantId(), v.balancesDone(), v.movementsRead(), v.differences()));
                return true;
            }
            afterSku = end.skuId();
            afterLocation = end.locationId();
        }
    }
}

package io.oneshelf.inventory.stock;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background side of reconciliation: advances every brand's checkpoints, starts a full re-verification when a
 * brand's last one is older than {@code oneshelf.inventory.verify-every} (zero: only on request), and works on
 * the verifications that are running. Safe with several server instances: advancing takes a per-brand advisory
 * lock and skips a brand another server holds; a verification is leased to one server at a time.
 */
@Component
class LedgerChecks {

    private static final Logger log = LoggerFactory.getLogger(LedgerChecks.class);

    private final LedgerReconciliation reconciliation;
    private final StockCheckpoints checkpoints;
    private final Duration verifyEvery;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-verifier");
        t.setDaemon(true);
        return t;
    });

    LedgerChecks(LedgerReconciliation reconciliation, StockCheckpoints checkpoints,
                 @Value("${oneshelf.inventory.verify-every:P1D}") Duration verifyEvery) {
        this.reconciliation = reconciliation;
        this.checkpoints = checkpoints;
        this.verifyEvery = verifyEvery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkCluster() {
        checkpoints.ensureSameCluster();
    }

    @Scheduled(fixedDelayString = "${oneshelf.inventory.checkpoint-interval:PT1M}", initialDelayString = "${oneshelf.inventory.checkpoint-interval:PT1M}")
    void advance() {
        reconciliation.advanceAll();
        if (!verifyEvery.isZero()) {
            reconciliation.startDue(verifyEvery);
        }
    }

    /**
     * Hands the running verifications to their own thread: one may read a ledger for minutes, and the scheduler's
     * single thread also expires reservations.
     */
    @Scheduled(fixedDelayString = "${oneshelf.inventory.verification-poll:PT2S}", initialDelayString = "PT5S")
    void verify() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            verifier.execute(() -> {
                try {
                    while (reconciliation.work()) {
                        // one verification after another, until none is left to claim
                    }
                } catch (RuntimeException e) {
                    log.warn("Ledger verification failed; it resumes from its last chunk", e);
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    @PreDestroy
    void stop() {
        verifier.shutdownNow();
    }
}

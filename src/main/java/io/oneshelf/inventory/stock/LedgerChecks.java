package io.oneshelf.inventory.stock;

import java.time.Duration;
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

    private final LedgerReconciliation reconciliation;
    private final StockCheckpoints checkpoints;
    private final Duration verifyEvery;

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

    @Scheduled(fixedDelayString = "${oneshelf.inventory.verification-poll:PT2S}", initialDelayString = "PT5S")
    void verify() {
        while (reconciliation.work()) {
            // one verification after another, until none is left to claim
        }
    }
}

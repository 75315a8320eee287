package io.oneshelf.loyalty.tier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reviews customers' tiers when due (a month after the last review, or when a tier's keep ends): lowers a tier the
 * growth over the window no longer reaches. Safe with several server instances: each batch claims its customers with
 * {@code FOR UPDATE SKIP LOCKED} and reviews them in the same transaction.
 */
@Component
class TierReview {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(TierReview.class);

    private final TierDesk desk;

    TierReview(TierDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${oneshelf.loyalty.tier-review:PT10M}", initialDelayString = "PT30S")
    void sweep() {
        int total = 0;
        int batch;
        do {
            batch = desk.reviewDue(BATCH);
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            log.info("Reviewed {} member tiers", total);
        }
    }
}

package io.oneshelf.loyalty.points;

import io.oneshelf.org.Brands;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires points at each month's end (in the brand's time zone): once a month has begun, points earned before the
 * start of the month {@code expiryMonths} back and not spent expire. Safe with several server instances: each batch
 * claims its accounts with {@code FOR UPDATE SKIP LOCKED} and marks them expired through the period in the same
 * transaction, and the ledger takes one expiry per account and period.
 */
@Component
class PointsExpiry {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(PointsExpiry.class);

    private final PointsRuleStore rules;
    private final PointsLedger ledger;
    private final PointsDesk desk;
    private final Brands brands;
    private final TransactionTemplate tx;

    PointsExpiry(PointsRuleStore rules, PointsLedger ledger, PointsDesk desk, Brands brands, TransactionTemplate tx) {
        this.rules = rules;
        this.ledger = ledger;
        this.desk = desk;
        this.brands = brands;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${oneshelf.loyalty.points-expiry:PT1H}", initialDelayString = "PT1M")
    void sweep() {
        long total = 0;
        for (UUID brand : rules.expiring()) {
            total += expire(brand, LocalDate.now(brands.zoneOf(brand)).withDayOfMonth(1));
        }
        if (total > 0) {
            log.info("Expired {} points", total);
        }
    }

    /** Applies the expiry of the period starting {@code period} to every account of the brand; the points expired. */
    long expire(UUID brand, LocalDate period) {
        ZoneId zone = brands.zoneOf(brand);
        int months = rules.of(brand).expiryMonths();
        if (months <= 0) {
            return 0;
        }
        OffsetDateTime earnedBefore = period.minusMonths(months).atStartOfDay(zone).toOffsetDateTime();
        long total = 0;
        int claimed;
        do {
            long[] batch = new long[2];
            tx.executeWithoutResult(s -> {
                List<UUID> due = ledger.claimExpiring(brand, period, BATCH);
                batch[0] = due.size();
                for (UUID customer : due) {
                    batch[1] += desk.expire(brand, customer, period, earnedBefore);
                }
            });
            claimed = (int) batch[0];
            total += batch[1];
        } while (claimed == BATCH);
        return total;
    }
}

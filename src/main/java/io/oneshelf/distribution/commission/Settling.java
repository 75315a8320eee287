package io.oneshelf.distribution.commission;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes commission available once its order's return window closed. Safe with several instances: each claims one
 * due row at a time ({@code for update skip locked}, so two never take the same), settles it under the order's lock
 * in the same transaction, and a SETTLED row is unique per order and tier.
 */
@Component
public class Settling {

    /** The most orders one run settles (the next run goes on). */
    static final int BATCH = 500;

    private final Ledger ledger;
    private final Desk desk;
    private final TransactionTemplate tx;

    Settling(Ledger ledger, Desk desk, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.desk = desk;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${oneshelf.distribution.settle-every:PT5M}", initialDelayString = "PT3M")
    void run() {
        settleDue(OffsetDateTime.now());
    }

    /** Settles what is due at {@code now}: how many orders it settled. */
    public int settleDue(OffsetDateTime now) {
        int settled = 0;
        while (settled < BATCH) {
            Boolean one = tx.execute(status -> {
                Optional<UUID[]> due = ledger.claimDue(now);
                due.ifPresent(d -> desk.settle(d[0], d[1], now));
                return due.isPresent();
            });
            if (!Boolean.TRUE.equals(one)) {
                return settled;
            }
            settled++;
        }
        return settled;
    }
}

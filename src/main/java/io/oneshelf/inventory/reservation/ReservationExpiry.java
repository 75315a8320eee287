package io.oneshelf.inventory.reservation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases held stock whose reservation has expired. Safe with several server instances: each batch claims its
 * reservations with {@code FOR UPDATE SKIP LOCKED}, so two instances never expire the same one.
 */
@Component
class ReservationExpiry {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

    private final ReservationService service;

    ReservationExpiry(ReservationService service) {
        this.service = service;
    }

    @Scheduled(fixedDelayString = "${oneshelf.inventory.expiry-interval:PT5S}", initialDelayString = "PT10S")
    void run() {
        int expired;
        int total = 0;
        do {
            expired = service.expireDue(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            log.info("Expired {} stock reservations", total);
        }
    }
}

package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.loyalty.tier.TierRuleStore;
import io.oneshelf.member.Customers;
import io.oneshelf.org.Brands;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives members their tier's birthday points on their birthday (in the brand's time zone; February 29th on the 28th
 * in a common year), once a year. Runs every hour, so that each brand's day is seen whatever its time zone. Safe with
 * several server instances: each grant locks the customer's points account and looks for that year's BIRTHDAY entry
 * under the lock (the ledger also takes one per customer and year), so a second instance, or a second run the same
 * day, grants nothing more.
 */
@Component
class BirthdayPoints {

    private static final Logger log = LoggerFactory.getLogger(BirthdayPoints.class);

    private final TierRuleStore tierRules;
    private final TierDesk tiers;
    private final Customers customers;
    private final PointsDesk desk;
    private final Brands brands;

    BirthdayPoints(TierRuleStore tierRules, TierDesk tiers, Customers customers, PointsDesk desk, Brands brands) {
        this.tierRules = tierRules;
        this.tiers = tiers;
        this.customers = customers;
        this.desk = desk;
        this.brands = brands;
    }

    @Scheduled(fixedDelayString = "${oneshelf.loyalty.birthday-points:PT1H}", initialDelayString = "PT1M")
    void sweep() {
        long total = 0;
        for (UUID brand : tierRules.givingBirthdayPoints()) {
            total += grant(brand, LocalDate.now(brands.zoneOf(brand)));
        }
        if (total > 0) {
            log.info("Gave {} birthday points", total);
        }
    }

    /** Gives the birthday points of {@code day} to the brand's members born on it; the points given. */
    long grant(UUID brand, LocalDate day) {
        long total = 0;
        for (UUID customer : customers.bornOn(brand, day)) {
            total += tiers.tierOf(brand, customer).map(t -> desk.birthday(brand, customer, day, t)).orElse(0L);
        }
        return total;
    }
}

package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Business days {@code from} to {@code to}, both included, in the brand's time zone; without dates, the current
 * month up to today. At most a year and a day, as the settlement report reads.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MAX_DAYS = 366;

    static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate last = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate first = from != null ? from : last.withDayOfMonth(1);
        if (first.isAfter(last)) {
            throw Rejection.invalid("to", "loyalty.wallet.period.order");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Rejection.invalid("to", "loyalty.wallet.period.too-long", MAX_DAYS);
        }
        return new Period(first, last, zone);
    }

    OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}

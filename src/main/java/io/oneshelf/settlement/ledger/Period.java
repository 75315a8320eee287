package io.oneshelf.settlement.ledger;

import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Business days {@code from} to {@code to}, both included, in the brand's time zone: the entries recorded from the
 * start of the first day to the end of the last. Without dates, the current month up to today.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest period one request reads: a year and a day. */
    static final int MAX_DAYS = 366;

    static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate last = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate first = from != null ? from : last.withDayOfMonth(1);
        if (first.isAfter(last)) {
            throw Rejection.invalid("to", "settlement.period.order");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Rejection.invalid("to", "settlement.period.too-long", MAX_DAYS);
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

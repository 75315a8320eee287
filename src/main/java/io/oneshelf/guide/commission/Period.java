package io.oneshelf.guide.commission;

import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A period of business days in the brand's time zone, {@code from} to {@code to} inclusive; by default the current
 * month so far. At most a year, so that a report stays a report.
 */
record Period(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    static final int MAX_DAYS = 366;

    static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate first = from != null ? from : (to != null ? to : today).withDayOfMonth(1);
        LocalDate last = to != null ? to : today;
        if (last.isBefore(first)) {
            throw Rejection.invalid("to", "guide.period.backwards");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw Rejection.invalid("to", "guide.period.too-long", MAX_DAYS);
        }
        return new Period(first, last, first.atStartOfDay(zone).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
}

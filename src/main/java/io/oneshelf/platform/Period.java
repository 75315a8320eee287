package io.oneshelf.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Business days {@code from} to {@code to}, both included, in the brand's time zone: the entries recorded from the
 * start of the first day to the end of the last. Without dates, the current month up to today. Reports that read a
 * period of days (settlement, wallet clearing) take it from here, so they agree on what a period is.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest period one request reads: a year and a day. */
    public static final int MAX_DAYS = 366;

    public static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate last = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate first = from != null ? from : last.withDayOfMonth(1);
        if (first.isAfter(last)) {
            throw Rejection.invalid("to", "period.order");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Rejection.invalid("to", "period.too-long", MAX_DAYS);
        }
        return new Period(first, last, zone);
    }

    public OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}

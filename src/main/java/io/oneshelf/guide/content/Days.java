package io.oneshelf.guide.content;

import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Business days {@code from}–{@code to} inclusive in the brand's time zone as instants; an end left open stays open
 * (null), except for a report, whose period is this month so far by default. At most a year.
 */
record Days(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    static final int MAX_DAYS = 366;

    static Days open(LocalDate from, LocalDate to, ZoneId zone) {
        check(from, to);
        return new Days(from, to, from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    static Days report(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.withDayOfMonth(1);
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw Rejection.invalid("to", "guide.period.too-long", MAX_DAYS);
        }
        return open(first, last, zone);
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Rejection.invalid("to", "guide.period.backwards");
        }
    }
}

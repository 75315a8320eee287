package io.oneshelf.platform.web;

import io.oneshelf.platform.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which rows of a time-ordered list one page holds, as a half-open range of ids {@code [lo, hi)} and a direction.
 * Ids are UUIDv7 ({@link io.oneshelf.platform.Ids}), whose first 48 bits are the creation time in milliseconds,
 * so a time filter is an id range: every list can walk the index it already has on {@code id} (newest first
 * walks it backwards), and a page from a year ago costs what the first page costs.
 *
 * <p>A cursor is the id of the row a page ended (or started) at, and which way to go from it; it stays valid while
 * rows are added, so pages never skip or repeat a row in either direction.
 */
public record TimeWindow(UUID lo, UUID hi, boolean descending, boolean backwards, boolean fromCursor) {

    private static final UUID FIRST = new UUID(0, 0);
    private static final UUID LAST = new UUID(-1, -1);
    private static final Instant END_OF_IDS = Instant.ofEpochMilli(1L << 48);

    /**
     * @param from   rows recorded at or after this time, or null
     * @param to     rows recorded before this time, or null
     * @param order  {@code newest} (the default) or {@code oldest}
     * @param cursor a cursor from an earlier page of the same list, or null for the first page
     */
    public static TimeWindow of(OffsetDateTime from, OffsetDateTime to, String order, String cursor) {
        boolean descending = descending(order);
        if (from != null && to != null && !from.isBefore(to)) {
            throw Rejection.invalid("to", "problem.time.range");
        }
        UUID lo = from == null ? FIRST : bound(from.toInstant());
        UUID hi = to == null ? LAST : bound(ceilingMilli(to.toInstant()));
        if (cursor == null || cursor.isBlank()) {
            return new TimeWindow(lo, hi, descending, false, false);
        }
        Cursor c = Cursor.decode(cursor);
        // going "next" in a newest-first list, or "back" in an oldest-first one, means older rows
        boolean older = descending != c.back();
        if (older) {
            hi = min(hi, c.id());
        } else {
            lo = max(lo, successor(c.id()));
        }
        return new TimeWindow(lo, hi, descending, c.back(), true);
    }

    /**
     * The SQL condition on the given id column, with parameters {@code :lo} and {@code :hi} (bind both; an open
     * side is left out). A generic plan, which PostgreSQL uses for a prepared statement after a few runs, cannot see
     * that a bound excludes nothing: it takes a range on parameters for a small share of the rows and may then
     * prefer collecting and sorting them to walking an index in order. So only the bounds that cut are written.
     */
    public String range(String column) {
        boolean fromStart = lo.equals(FIRST);
        boolean toEnd = hi.equals(LAST);
        if (fromStart && toEnd) {
            return "true";
        }
        if (fromStart) {
            return column + " < :hi";
        }
        return toEnd ? column + " >= :lo" : column + " >= :lo and " + column + " < :hi";
    }

    /**
     * The bound a page's walk of the index starts from ({@code column < :hi} newest first, {@code column >= :lo}
     * oldest first), or {@code true}. With {@link #stop} this splits {@link #range} in two for statements of the form
     * {@code select * from (select ... where <start> order by ... limit n) as page where <stop>}: a generic plan
     * takes a range on parameters for 0.5 % of the rows and may collect and sort them all, while a walk from one
     * bound is planned as the walk it is; the other bound, applied to at most n rows, ends the page just as well
     * (the rows come in order, so those past it are only ever at the end).
     */
    public String start(String column) {
        return walksDown() ? below(column) : atOrAbove(column);
    }

    /** The bound where a page's walk stops, applied outside the walk (see {@link #start}), or {@code true}. */
    public String stop(String column) {
        return walksDown() ? atOrAbove(column) : below(column);
    }

    private String below(String column) {
        return hi.equals(LAST) ? "true" : column + " < :hi";
    }

    private String atOrAbove(String column) {
        return lo.equals(FIRST) ? "true" : column + " >= :lo";
    }

    private boolean walksDown() {
        return descending != backwards;
    }

    /**
     * The SQL order of the rows to fetch: the list's order, or its reverse when going back. Several columns (an
     * index's leading columns, then the id) are all ordered the same way, so that one index gives the order.
     */
    public String order(String... columns) {
        String direction = walksDown() ? " desc" : " asc";
        return "order by " + String.join(direction + ", ", columns) + direction;
    }

    /** {@link #order} of one column without its "order by". */
    public String sort(String column) {
        return column + (walksDown() ? " desc" : " asc");
    }

    /** Builds the page from {@code limit + 1} rows fetched in {@link #order}: the extra row only tells that more exist. */
    public <T> TimePage<T> page(List<T> fetched, int limit, Function<T, UUID> idOf) {
        boolean more = fetched.size() > limit;
        List<T> items = new ArrayList<>(fetched.subList(0, Math.min(limit, fetched.size())));
        if (backwards) {
            Collections.reverse(items);
        }
        if (items.isEmpty()) {
            return new TimePage<>(List.of(), null, null);
        }
        UUID first = idOf.apply(items.get(0));
        UUID last = idOf.apply(items.get(items.size() - 1));
        // The row a cursor named lies on the side the page came from, so that way the list goes on.
        boolean nextExists = backwards ? fromCursor : more;
        boolean previousExists = backwards ? more : fromCursor;
        return new TimePage<>(List.copyOf(items), nextExists ? Cursor.encode(false, last) : null,
                previousExists ? Cursor.encode(true, first) : null);
    }

    private static boolean descending(String order) {
        if (order == null || order.isBlank() || order.equals("newest")) {
            return true;
        }
        if (order.equals("oldest")) {
            return false;
        }
        throw Rejection.invalid("order", "problem.order.unknown", "newest, oldest");
    }

    /**
     * The smallest UUIDv7 at or after the instant's millisecond. An id holds 48 bits of milliseconds since 1970
     * (until the year 10889): a time before holds every id, one beyond none, and neither overflows the shift.
     */
    private static UUID bound(Instant instant) {
        if (instant.isBefore(Instant.EPOCH)) {
            return FIRST;
        }
        if (!instant.isBefore(END_OF_IDS)) {
            return LAST;
        }
        return first(instant.toEpochMilli());
    }

    /** Ids know milliseconds only: an exclusive end within a millisecond keeps that millisecond's rows. */
    private static Instant ceilingMilli(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.MILLIS);
        return floor.equals(instant) || !instant.isBefore(END_OF_IDS) ? instant : floor.plusMillis(1);
    }

    /** The smallest UUIDv7 of the given millisecond. */
    static UUID first(long epochMillis) {
        return new UUID((epochMillis << 16) | 0x7000L, 0x8000000000000000L);
    }

    /** The id right after this one in PostgreSQL's uuid order (unsigned bytes). */
    static UUID successor(UUID id) {
        if (id.equals(LAST)) {
            return LAST; // nothing follows the last id: an empty range, not a wrap to the first
        }
        long low = id.getLeastSignificantBits() + 1;
        long high = id.getMostSignificantBits() + (low == 0 ? 1 : 0);
        return new UUID(high, low);
    }

    private static UUID min(UUID a, UUID b) {
        return compare(a, b) <= 0 ? a : b;
    }

    private static UUID max(UUID a, UUID b) {
        return compare(a, b) >= 0 ? a : b;
    }

    /** PostgreSQL compares uuids as unsigned bytes; Java's UUID.compareTo is signed. */
    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Opaque to clients: "n" or "p" (towards the list's end or back to its start) and a row's id. */
    private record Cursor(boolean back, UUID id) {

        static String encode(boolean back, UUID id) {
            String text = (back ? "p" : "n") + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                char way = text.isEmpty() ? '?' : text.charAt(0);
                if (way != 'n' && way != 'p') {
                    throw new IllegalArgumentException(text);
                }
                return new Cursor(way == 'p', UUID.fromString(text.substring(1)));
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("cursor", "problem.cursor.unknown");
            }
        }
    }
}

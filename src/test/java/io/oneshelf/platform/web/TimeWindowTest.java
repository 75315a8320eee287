package io.oneshelf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A time window is an id range over UUIDv7 ids plus a direction: walked here against an in-memory "table" that
 * answers exactly what the SQL of {@link TimeWindow#range} and {@link TimeWindow#order} would (uuid order is
 * unsigned, as in PostgreSQL).
 */
class TimeWindowTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    /** Ten rows, one a minute from noon, each the smallest id of its millisecond plus its number. */
    private static final List<UUID> ROWS = rowsEveryMinuteFromNoon(10);

    @Test
    void the_first_page_is_the_newest_rows_newest_first_with_a_cursor_only_towards_older_ones() {
        TimePage<UUID> page = fetch(TimeWindow.of(null, null, null, null), 4);

        assertThat(page.items()).containsExactly(row(9), row(8), row(7), row(6));
        assertThat(page.nextCursor()).isNotNull();
        assertThat(page.previousCursor()).isNull();
    }

    @Test
    void next_cursors_walk_to_the_oldest_row_and_previous_cursors_walk_back_to_the_newest() {
        List<List<UUID>> forth = new ArrayList<>();
        TimePage<UUID> page = fetch(TimeWindow.of(null, null, "newest", null), 4);
        forth.add(page.items());
        while (page.nextCursor() != null) {
            page = fetch(TimeWindow.of(null, null, "newest", page.nextCursor()), 4);
            forth.add(page.items());
        }
        assertThat(forth).containsExactly(List.of(row(9), row(8), row(7), row(6)),
                List.of(row(5), row(4), row(3), row(2)), List.of(row(1), row(0)));
        assertThat(page.previousCursor()).isNotNull();

        page = fetch(TimeWindow.of(null, null, "newest", page.previousCursor()), 4);
        assertThat(page.items()).containsExactly(row(5), row(4), row(3), row(2));
        assertThat(page.nextCursor()).isNotNull();
        page = fetch(TimeWindow.of(null, null, "newest", page.previousCursor()), 4);
        assertThat(page.items()).containsExactly(row(9), row(8), row(7), row(6));
        assertThat(page.previousCursor()).as("nothing is newer than the newest row").isNull();
        assertThat(page.nextCursor()).isNotNull();
    }

    @Test
    void oldest_first_walks_the_other_way_with_the_same_cursors() {
        TimePage<UUID> first = fetch(TimeWindow.of(null, null, "oldest", null), 3);
        assertThat(first.items()).containsExactly(row(0), row(1), row(2));
        assertThat(first.previousCursor()).isNull();

        TimePage<UUID> second = fetch(TimeWindow.of(null, null, "oldest", first.nextCursor()), 3);
        assertThat(second.items()).containsExactly(row(3), row(4), row(5));

        TimePage<UUID> back = fetch(TimeWindow.of(null, null, "oldest", second.previousCursor()), 3);
        assertThat(back.items()).containsExactly(row(0), row(1), row(2));
        assertThat(back.previousCursor()).isNull();
    }

    @Test
    void a_cursor_stays_valid_while_newer_rows_are_added() {
        TimePage<UUID> first = fetch(TimeWindow.of(null, null, null, null), 4);
        List<UUID> grown = new ArrayList<>(ROWS);
        grown.add(TimeWindow.first(NOON.plusMinutes(30).toInstant().toEpochMilli()));

        TimePage<UUID> second = fetch(grown, TimeWindow.of(null, null, null, first.nextCursor()), 4);
        assertThat(second.items()).containsExactly(row(5), row(4), row(3), row(2));
        TimePage<UUID> back = fetch(grown, TimeWindow.of(null, null, null, second.previousCursor()), 4);
        assertThat(back.items()).as("the page it came from, not the new row").containsExactly(row(9), row(8), row(7),
                row(6));
        assertThat(back.previousCursor()).as("now something newer exists").isNotNull();
    }

    @Test
    void from_is_inclusive_and_to_exclusive() {
        TimePage<UUID> page = fetch(TimeWindow.of(NOON.plusMinutes(2), NOON.plusMinutes(5), null, null), 50);

        assertThat(page.items()).containsExactly(row(4), row(3), row(2));
        assertThat(page.nextCursor()).isNull();
        assertThat(page.previousCursor()).isNull();
    }

    @Test
    void a_window_keeps_its_bounds_while_paging_in_both_directions() {
        OffsetDateTime from = NOON.plusMinutes(1);
        OffsetDateTime to = NOON.plusMinutes(7);
        TimePage<UUID> first = fetch(TimeWindow.of(from, to, null, null), 4);
        assertThat(first.items()).containsExactly(row(6), row(5), row(4), row(3));

        TimePage<UUID> second = fetch(TimeWindow.of(from, to, null, first.nextCursor()), 4);
        assertThat(second.items()).containsExactly(row(2), row(1));
        assertThat(second.nextCursor()).isNull();

        TimePage<UUID> back = fetch(TimeWindow.of(from, to, null, second.previousCursor()), 4);
        assertThat(back.items()).containsExactly(row(6), row(5), row(4), row(3));
        assertThat(back.previousCursor()).as("row 7 lies outside the window").isNull();
    }

    @Test
    void an_end_within_a_millisecond_keeps_the_rows_of_that_millisecond() {
        OffsetDateTime to = NOON.plusMinutes(3).plusNanos(500_000);

        assertThat(fetch(TimeWindow.of(null, to, null, null), 50).items()).first().isEqualTo(row(3));
        assertThat(fetch(TimeWindow.of(null, NOON.plusMinutes(3), null, null), 50).items()).first().isEqualTo(row(2));
    }

    @Test
    void times_before_1970_or_beyond_what_an_id_holds_are_open_bounds_not_errors() {
        OffsetDateTime longAgo = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime farAway = OffsetDateTime.MAX;

        assertThat(fetch(TimeWindow.of(longAgo, farAway, null, null), 50).items()).hasSize(ROWS.size());
        assertThat(fetch(TimeWindow.of(null, longAgo, null, null), 50).items()).isEmpty();
        assertThat(fetch(TimeWindow.of(OffsetDateTime.of(20000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, null, null), 50)
                .items()).isEmpty();
    }

    @Test
    void ids_compare_as_postgresql_does_unsigned() {
        UUID late = new UUID(0x8000000000007000L, 0x8000000000000000L);
        UUID early = new UUID(0x0000000000007000L, 0x8000000000000000L);

        assertThat(TimeWindow.compare(early, late)).isNegative();
        assertThat(TimeWindow.compare(TimeWindow.successor(early), early)).isPositive();
        assertThat(TimeWindow.successor(new UUID(0, -1))).isEqualTo(new UUID(1, 0));
    }

    @Test
    void a_forged_cursor_past_the_last_id_finds_nothing() {
        String beyond = encode("p" + new UUID(-1, -1));

        assertThat(fetch(TimeWindow.of(null, null, null, beyond), 50).items()).isEmpty();
    }

    @Test
    void an_unknown_order_is_refused_naming_order() {
        assertRefused(() -> TimeWindow.of(null, null, "latest", null), "order", "problem.order.unknown");
        assertRefused(() -> TimeWindow.of(null, null, "NEWEST", null), "order", "problem.order.unknown");
    }

    @Test
    void a_window_that_ends_before_it_starts_is_refused_naming_to() {
        assertRefused(() -> TimeWindow.of(NOON, NOON, null, null), "to", "problem.time.range");
        assertRefused(() -> TimeWindow.of(NOON, NOON.minusSeconds(1), null, null), "to", "problem.time.range");
    }

    @Test
    void a_cursor_this_server_did_not_issue_is_refused_naming_cursor() {
        for (String bad : List.of("!!!", encode("x" + ROWS.get(0)), encode("nnot-a-uuid"),
                Base64.getUrlEncoder().encodeToString(ROWS.get(0).toString().getBytes(StandardCharsets.US_ASCII)))) {
            assertRefused(() -> TimeWindow.of(null, null, null, bad), "cursor", "problem.cursor.unknown");
        }
    }

    @Test
    void a_blank_cursor_or_order_means_the_first_page_newest_first() {
        assertThat(fetch(TimeWindow.of(null, null, " ", " "), 1).items()).containsExactly(row(9));
    }

    @Test
    void the_sql_names_only_the_bounds_that_cut_and_splits_them_into_where_a_walk_starts_and_stops() {
        TimeWindow open = TimeWindow.of(null, null, null, null);
        assertThat(open.range("id")).isEqualTo("true");
        assertThat(open.start("id")).isEqualTo("true");
        assertThat(open.stop("id")).isEqualTo("true");
        assertThat(open.order("tenant_id", "id")).isEqualTo("order by tenant_id desc, id desc");

        TimeWindow jump = TimeWindow.of(null, NOON, null, null);
        assertThat(jump.range("id")).isEqualTo("id < :hi");
        assertThat(jump.start("id")).isEqualTo("id < :hi");
        assertThat(jump.stop("id")).isEqualTo("true");

        TimeWindow period = TimeWindow.of(NOON, NOON.plusDays(1), "oldest", null);
        assertThat(period.range("id")).isEqualTo("id >= :lo and id < :hi");
        assertThat(period.start("id")).isEqualTo("id >= :lo");
        assertThat(period.stop("id")).isEqualTo("id < :hi");
        assertThat(period.order("id")).isEqualTo("order by id asc");

        TimePage<UUID> first = fetch(TimeWindow.of(NOON.plusMinutes(1), NOON.plusMinutes(9), null, null), 3);
        TimeWindow back = TimeWindow.of(NOON.plusMinutes(1), NOON.plusMinutes(9), null,
                fetch(TimeWindow.of(NOON.plusMinutes(1), NOON.plusMinutes(9), null, first.nextCursor()), 3)
                        .previousCursor());
        assertThat(back.order("id")).as("back towards the newest: walks up").isEqualTo("order by id asc");
        assertThat(back.start("id")).isEqualTo("id >= :lo");
        assertThat(back.stop("id")).isEqualTo("id < :hi");
    }

    private static void assertRefused(Runnable call, String field, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Rejection.class, p -> {
            assertThat(p.kind()).isEqualTo(Rejection.Kind.INVALID);
            assertThat(p.faults()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.message().getCodes()).contains(code);
            });
        });
    }

    private static TimePage<UUID> fetch(TimeWindow window, int limit) {
        return fetch(ROWS, window, limit);
    }

    /** What {@code where range(id) order(id) limit limit + 1} answers, made a page. */
    private static TimePage<UUID> fetch(List<UUID> table, TimeWindow window, int limit) {
        Comparator<UUID> ascending = TimeWindow::compare;
        boolean desc = window.order("id").endsWith("desc");
        List<UUID> fetched = table.stream()
                .filter(id -> TimeWindow.compare(id, window.lo()) >= 0 && TimeWindow.compare(id, window.hi()) < 0)
                .sorted(desc ? ascending.reversed() : ascending)
                .limit(limit + 1L)
                .toList();
        return window.page(fetched, limit, Function.identity());
    }

    private static UUID row(int minute) {
        return ROWS.get(minute);
    }

    private static List<UUID> rowsEveryMinuteFromNoon(int count) {
        List<UUID> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID first = TimeWindow.first(NOON.plusMinutes(i).toInstant().toEpochMilli());
            rows.add(new UUID(first.getMostSignificantBits() | i, first.getLeastSignificantBits() | i));
        }
        return rows;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
